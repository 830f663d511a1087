package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ProcessSummary;

class StageLossesTest {

    private static CategoryGap row(
            String stage, String dimension, String category, Double n, Double share, boolean suppressed) {
        return new CategoryGap(
                "p",
                "citizens_assembly",
                stage,
                dimension,
                category,
                n,
                share,
                null,
                null,
                100L,
                0.5,
                null,
                null,
                null,
                null,
                null,
                suppressed);
    }

    private static ProcessSummary stage(String code, int index) {
        return new ProcessSummary(
                "p",
                "P",
                "citizens_assembly",
                null,
                null,
                2024,
                null,
                null,
                code,
                index,
                100.0,
                null,
                null,
                null,
                null,
                null);
    }

    private static final List<ProcessSummary> STAGES =
            List.of(stage("selected", 2), stage("invited", 0), stage("responded", 1));

    @Test
    void namesTheCategoriesWhoseShareFellMostPerConsecutiveStagePair() {
        ProcessMetrics metrics = new ProcessMetrics(
                "p",
                List.of(
                        row("invited", "age", "16-24", 20.0, 0.20, false),
                        row("responded", "age", "16-24", 10.0, 0.10, false),
                        row("selected", "age", "16-24", 8.0, 0.08, false),
                        row("invited", "age", "65+", 30.0, 0.30, false),
                        row("responded", "age", "65+", 45.0, 0.45, false),
                        row("selected", "age", "65+", 20.0, 0.40, false),
                        row("invited", "gender", "man", 50.0, 0.50, false),
                        row("responded", "gender", "man", 45.0, 0.45, false),
                        row("selected", "gender", "man", 24.0, 0.48, false),
                        // intersections are not plain dimensions
                        row("invited", "age×gender", "16-24×man", 10.0, 0.10, false),
                        row("responded", "age×gender", "16-24×man", 5.0, 0.01, false)),
                List.of(),
                STAGES);

        List<StageLosses.Transition> transitions = new StageLosses(2, 5).of(metrics);

        assertThat(transitions)
                .extracting(t -> t.from().stage() + ">" + t.to().stage())
                .containsExactly("invited>responded", "responded>selected");
        List<StageLosses.Loss> first = transitions.get(0).losses();
        assertThat(first).extracting(StageLosses.Loss::category).containsExactly("16-24", "man");
        assertThat(first.get(0).changePp()).isCloseTo(-10.0, within(1e-9));
        assertThat(transitions.get(1).losses())
                .extracting(StageLosses.Loss::category)
                .containsExactly("65+", "16-24");
    }

    @Test
    void skipsSuppressedSmallAndCounterpartlessCells() {
        ProcessMetrics metrics = new ProcessMetrics(
                "p",
                List.of(
                        row("invited", "age", "16-24", 20.0, 0.20, false),
                                row("responded", "age", "16-24", null, null, true),
                        row("invited", "age", "85+", 20.0, 0.20, false),
                                row("responded", "age", "85+", 3.0, 0.03, false),
                        row("invited", "age", "25-34", 40.0, 0.40, false),
                                row("responded", "age", "25-34", 0.0, 0.0, false)),
                List.of(),
                STAGES.subList(1, 3));

        List<StageLosses.Loss> losses = new StageLosses(3, 5).of(metrics).get(0).losses();

        assertThat(losses).extracting(StageLosses.Loss::category).containsExactly("25-34");
    }
}
