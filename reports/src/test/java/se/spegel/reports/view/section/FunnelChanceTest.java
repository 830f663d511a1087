package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

class FunnelChanceTest {

    private static final ProcessSummary INVITED = stage("invited", 0, null, null);
    private static final ProcessSummary RESPONDED = stage("responded", 1, "worse_than_chance", 0.055);
    private static final ProcessSummary ATTENDED = stage("attended", 2, "better_than_chance", 0.148);

    private static final ProcessMetrics METRICS = new ProcessMetrics(
            "p",
            List.of(),
            List.of(),
            List.of(INVITED, RESPONDED, ATTENDED),
            List.of(
                    change("responded", "age", "worse_than_chance"),
                    change("responded", "gender", "as_chance"),
                    change("responded", "education", "worse_than_chance"),
                    change("attended", "gender", "better_than_chance")),
            List.of(
                    indicator("age", null, 0.030, 0.032, 0.005, false),
                    indicator("age", "16-24", -0.014, 0.014, 0.003, false),
                    indicator("age", "65-74", 0.016, 0.018, 0.006, false),
                    indicator("age", "85+", null, null, null, true),
                    indicator("gender", null, 0.008, 0.013, 0.004, false),
                    indicator("gender", "man", -0.006, 0.009, 0.003, false)));

    @Test
    void stageCellsSayTheVerdictWithTheExpectedDissimilarityInSwedish() {
        FunnelChance chance = new FunnelChance(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));
        assertThat(chance.stageCell(INVITED)).isEqualTo("–");
        assertThat(chance.stageCell(RESPONDED)).isEqualTo("Sämre än slumpen (väntat D 5,5\u00a0%)");
        assertThat(chance.stageCell(ATTENDED)).isEqualTo("Bättre än slumpen (väntat D 14,8\u00a0%)");
    }

    @Test
    void aTransitionNamesTheDimensionsThatStoodOutInEnglish() {
        FunnelChance chance =
                new FunnelChance(ReportContext.of(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15)));
        assertThat(chance.transition(METRICS, INVITED, RESPONDED))
                .isEqualTo(
                        "Worse than a random draw from the stage \"Invited\" would have been. Worse than chance for age, education.");
        assertThat(chance.transition(METRICS, RESPONDED, ATTENDED))
                .startsWith("Better than a random draw from the stage")
                .endsWith("Better than chance for gender.");
    }

    @Test
    void theResponseDriverIsTheVariableWithTheLargestConditionalPartialAndItsExtremeCategories() {
        // age 0.032 > gender 0.013; among age's published categories 16–24 responded least, 65–74 most (85+ is
        // withheld)
        FunnelChance chance = new FunnelChance(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));
        assertThat(chance.responseDriver(METRICS))
                .isEqualTo("Det som mest avgjorde vem som svarade var ålder: villkorlig "
                        + "partiell R-indikator 0,032 (medelfel 0,005; 0 = ingen skillnad i svarsbenägenhet mellan grupperna). "
                        + "Övriga: kön 0,013. Minst benägna att svara var 16–24 år, mest benägna 65–74 år.");
    }

    @Test
    void olderMetricsWithoutTheNewTablesSayNothing() {
        FunnelChance chance = new FunnelChance(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));
        ProcessMetrics old = new ProcessMetrics(
                "p", List.of(), List.of(), List.of(stage("invited", 0, null, null), stage("responded", 1, null, null)));
        assertThat(chance.responseDriver(old)).isEmpty();
        assertThat(chance.transition(old, old.stages().get(0), old.stages().get(1)))
                .isEmpty();
        assertThat(FunnelChance.anyVerdict(old.stages())).isFalse();
    }

    private static ProcessSummary stage(String code, int index, String verdict, Double expected) {
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
                0L,
                0L,
                0.1,
                null,
                null,
                expected,
                null,
                null,
                verdict);
    }

    private static StageChange change(String stage, String dimension, String verdict) {
        return new StageChange("p", "citizens_assembly", stage, 1, null, dimension, 0.1, 0.05, 0.06, 0.5, 0.5, verdict);
    }

    private static ResponseIndicator indicator(
            String variable, String category, Double u, Double c, Double se, boolean suppressed) {
        return new ResponseIndicator(
                "p",
                "citizens_assembly",
                "responded",
                "age×gender",
                variable,
                category,
                u,
                se,
                c,
                se,
                0.07,
                0.4,
                null,
                suppressed);
    }
}
