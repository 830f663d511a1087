package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * Exempelstad as it is published (disclosure control on, the defaults): counts perturbed by
 * the cell key method, no count from 1 to 4 shown, small groups as ranges. The true figures
 * are those of ExempelstadEvaluationTest (the assembly's funnel 2 500, 180, 45, 40).
 */
class ProtectedExempelstadTest {
    private static final String ASSEMBLY = "medborgarrad-klimat";

    @TempDir
    static Path out;

    static DriverSideEvaluation.Result run;

    @BeforeAll
    static void evaluate() throws IOException {
        run = DriverSideEvaluation.evaluate(SpegelConfig.defaults(), Exempelstad.inputs(), out);
    }

    @Test
    void noPublishedCountLiesBetweenOneAndFour() {
        assertThat(run.tables().categoryGaps())
                .allSatisfy(g -> assertThat(g.n() == null || g.n() == 0 || g.n() >= 5)
                        .as(g.toString())
                        .isTrue());
        assertThat(run.tables().dimensionSummaries()).allSatisfy(d -> {
            for (Long count : new Long[] {d.nValid(), d.nMissing(), d.nNoCounterpart(), d.nOutsideUniverse()}) {
                assertThat(count == null || count == 0 || count >= 5)
                        .as(d.toString())
                        .isTrue();
            }
        });
        assertThat(run.tables().processSummaries()).allSatisfy(p -> {
            assertThat(p.n() == null || p.n() == 0 || p.n() >= 5)
                    .as(p.toString())
                    .isTrue();
            assertThat(p.nOutsideArea() == null || p.nOutsideArea() == 0 || p.nOutsideArea() >= 5)
                    .isTrue();
        });
    }

    @Test
    void everyWithheldGroupWithAPopulationCounterpartIsShownAsTheRangeOfItsShare() {
        List<CategoryGap> withheld = run.tables().categoryGaps().stream()
                .filter(g -> Boolean.TRUE.equals(g.suppressed()) && g.popCount() != null)
                .toList();
        assertThat(withheld).isNotEmpty();
        for (CategoryGap g : withheld) {
            DimensionSummary d = summary(g.processId(), g.stage(), g.dimension());
            assertThat(g.n()).isNull();
            assertThat(g.gapPp()).isNull();
            assertThat(g.shareCiLow()).as(g.toString()).isCloseTo(1.0 / d.nValid(), within(1e-12));
            assertThat(g.shareCiHigh()).as(g.toString()).isCloseTo(Math.min(1, 4.0 / d.nValid()), within(1e-12));
        }
    }

    @Test
    void publishedCountsLieWithinFourOfTheTruthAndTotalsAreNotBlanked() {
        List<ProcessSummary> assembly = run.tables().processSummaries().stream()
                .filter(p -> p.processId().equals(ASSEMBLY))
                .toList();
        double[] truth = {2500, 180, 45, 40};
        for (int stage = 0; stage < truth.length; stage++) {
            assertThat(assembly.get(stage).n()).isCloseTo(truth[stage], within(3 * 4.0)); // three status cells
        }
        // the budget's thousands of voters are published although a few gave no gender
        assertThat(run.tables().processSummaries())
                .filteredOn(p -> p.processId().equals("medborgarbudget-2025"))
                .allSatisfy(p -> assertThat(p.n()).isNotNull().isGreaterThan(1000));
        for (CategoryGap g : run.tables().categoryGaps()) {
            if (g.n() != null && g.n() > 0) {
                long trueHeads = run.trueCells().stream()
                        .filter(m -> m.processId().equals(g.processId())
                                && m.status().equals(Marginal.IN_SCOPE)
                                && m.dimension().equals(g.dimension())
                                && m.category().equals(g.category())
                                && stageName(m).equals(g.stage()))
                        .mapToLong(Marginal::heads)
                        .sum();
                assertThat(g.n()).as(g.toString()).isCloseTo(trueHeads, within(4.0));
            }
        }
    }

    @Test
    void aWithheldGroupFarBelowItsPopulationShareCanBeTheWorstCategory() {
        for (DimensionSummary d : run.tables().dimensionSummaries()) {
            if (d.worstCategory() == null) {
                continue;
            }
            CategoryGap worst = gap(d.processId(), d.stage(), d.dimension(), d.worstCategory());
            if (Boolean.TRUE.equals(worst.suppressed())) {
                // the smallest gap its range allows: the population share lies outside the range
                double low = worst.shareCiLow();
                double high = worst.shareCiHigh();
                double expected = 100 * Math.max(0, Math.max(low - worst.popShare(), worst.popShare() - high));
                assertThat(d.maxAbsGapPp()).isCloseTo(expected, within(1e-9));
            } else {
                assertThat(d.maxAbsGapPp()).isCloseTo(Math.abs(worst.gapPp()), within(1e-9));
            }
        }
    }

    private static String stageName(Marginal m) {
        return m.processId().equals(ASSEMBLY)
                ? List.of("invited", "responded", "selected", "attended").get(m.stageIndex())
                : m.processId().equals("medborgarbudget-2025") ? "voted" : "attended";
    }

    private static DimensionSummary summary(String process, String stage, String dimension) {
        return run.tables().dimensionSummaries().stream()
                .filter(d -> d.processId().equals(process)
                        && d.stage().equals(stage)
                        && d.dimension().equals(dimension))
                .findFirst()
                .orElseThrow();
    }

    private static CategoryGap gap(String process, String stage, String dimension, String category) {
        return run.tables().categoryGaps().stream()
                .filter(g -> g.processId().equals(process)
                        && g.stage().equals(stage)
                        && g.dimension().equals(dimension)
                        && g.category().equals(category))
                .findFirst()
                .orElseThrow();
    }
}
