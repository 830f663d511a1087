package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.jobs.disclosure.PerturbationTable;

/**
 * Participants and a survey drawn at random from the same shares, over many seeds: the group is
 * as representative as chance, so a survey-based dimension may call it worse only at about the
 * test's level. The same groups read against the survey's shares as if they were a register's
 * (the survey's own error left out) are called worse far more often: why the two-sample test exists.
 */
class SurveyFalseAlarmTest {
    private static final String[] CATEGORIES = {
        "mycket_orolig", "ganska_orolig", "inte_sarskilt_orolig", "inte_alls_orolig"
    };
    private static final double[] TRUE_SHARES = {0.22, 0.38, 0.28, 0.12};
    private static final int GROUPS = 600;
    private static final ChanceSettings SETTINGS = new ChanceSettings(1_000, 50, 0.95, ChanceSettings.DEFAULTS.rule());

    /** The share of groups whose verdict is worse_*. */
    private static double worseRate(
            int n, int m, DimensionMetrics metrics, boolean asRegister, PerturbationTable perturb) {
        int worse = 0;
        for (int g = 0; g < GROUPS; g++) {
            SplittableRandom random = new SplittableRandom(1000 + g);
            long[] x = draw(random, n);
            long[] y = draw(random, m);
            List<CategoryCount> participants = new ArrayList<>();
            Map<String, Double> surveyShares = new LinkedHashMap<>();
            Map<String, Long> population = new LinkedHashMap<>();
            for (int k = 0; k < CATEGORIES.length; k++) {
                long published = perturb == null ? x[k] : perturb.perturb(x[k], random.nextInt());
                if (published > 0) {
                    participants.add(new CategoryCount(CATEGORIES[k], published, published));
                }
                surveyShares.put(CATEGORIES[k], (double) y[k] / m);
                population.put(CATEGORIES[k], asRegister ? y[k] : 0L);
            }
            DimensionCounts counts = new DimensionCounts(
                    "p" + g,
                    "citizens_assembly",
                    "attended",
                    "klimatoro",
                    participants,
                    0,
                    0,
                    population,
                    "survey.csv",
                    null,
                    null,
                    asRegister ? null : new SurveyShares(surveyShares, m, "survey.csv", "test"));
            String verdict = metrics.compute(counts).summary().chance().verdict();
            worse += verdict.startsWith("worse") ? 1 : 0;
        }
        return (double) worse / GROUPS;
    }

    private static long[] draw(SplittableRandom random, int size) {
        long[] counts = new long[TRUE_SHARES.length];
        for (int i = 0; i < size; i++) {
            double u = random.nextDouble();
            int k = 0;
            while (k < TRUE_SHARES.length - 1 && u >= TRUE_SHARES[k]) {
                u -= TRUE_SHARES[k];
                k++;
            }
            counts[k]++;
        }
        return counts;
    }

    @Test
    void randomGroupsAgainstARandomSurveyAreCalledWorseAtAboutTheTestLevel() {
        DimensionMetrics metrics = new DimensionMetrics(0.95, SETTINGS);
        // 600 one-sided tests at 5 %: SD 0.9 percentage points
        double smallSurvey = worseRate(60, 150, metrics, false, null);
        double usualSurvey = worseRate(60, 1200, metrics, false, null);
        System.out.printf("survey-based false alarms: n=60 m=150 %.3f, n=60 m=1200 %.3f%n", smallSurvey, usualSurvey);
        assertThat(smallSurvey).isBetween(0.02, 0.08);
        assertThat(usualSurvey).isBetween(0.02, 0.08);
    }

    @Test
    void publishedThroughTheCellKeyMethodTheRateStaysAtTheTestLevel() {
        PerturbationTable table = new PerturbationTable(5);
        DimensionMetrics metrics = new DimensionMetrics(0.95, SETTINGS, new CellPublication(table));
        double rate = worseRate(40, 300, metrics, false, table);
        System.out.printf("survey-based false alarms, published: n=40 m=300 %.3f%n", rate);
        assertThat(rate).isBetween(0.02, 0.08);
    }

    @Test
    void readingTheSurveyAsARegisterRaisesFalseAlarms() {
        DimensionMetrics metrics = new DimensionMetrics(0.95, SETTINGS);
        double asRegister = worseRate(60, 150, metrics, true, null);
        double twoSample = worseRate(60, 150, metrics, false, null);
        System.out.printf("false alarms n=60 m=150: survey as register %.3f, two-sample %.3f%n", asRegister, twoSample);
        assertThat(asRegister).isGreaterThan(twoSample + 0.05);
    }
}
