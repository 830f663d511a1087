package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import se.spegel.schema.output.ChanceBaseline;

class SurveyChanceJudgementTest {
    private static final ChanceSettings MANY = new ChanceSettings(20_000, 500, 0.95, ChanceSettings.DEFAULTS.rule());

    /** Both samples drawn person by person with java.util.Random: nothing of the code under test. */
    private static double[] naiveNull(double[] p, int n, int m, int replicates, long seed) {
        Random random = new Random(seed);
        double[] d = new double[replicates];
        for (int r = 0; r < replicates; r++) {
            int[] x = draw(random, p, n);
            int[] y = draw(random, p, m);
            double sum = 0;
            for (int k = 0; k < p.length; k++) {
                sum += Math.abs((double) x[k] / n - (double) y[k] / m);
            }
            d[r] = sum / 2;
        }
        return d;
    }

    private static int[] draw(Random random, double[] p, int size) {
        int[] counts = new int[p.length];
        for (int i = 0; i < size; i++) {
            double u = random.nextDouble();
            int k = 0;
            while (k < p.length - 1 && u >= p[k]) {
                u -= p[k];
                k++;
            }
            counts[k]++;
        }
        return counts;
    }

    @Test
    void tailsAndChanceLevelAgreeWithALargeNaiveSimulationOfBothSamples() {
        long[] heads = {14, 15, 7, 4};
        double[] survey = {0.20, 0.35, 0.30, 0.15};
        int m = 300;
        int n = 40;
        double[] pooled = new double[4];
        double[] shares = new double[4];
        for (int k = 0; k < 4; k++) {
            pooled[k] = (heads[k] + survey[k] * m) / (n + m);
            shares[k] = heads[k] / (double) n;
        }
        double d = DissimilarityIndex.of(shares, survey);
        ChanceBaseline judged = new SurveyChanceJudgement(MANY, null)
                .judge(d, heads, survey, m, 7, false)
                .baseline();
        double[] naive = naiveNull(pooled, n, m, 40_000, 11);
        double atLeast = 0;
        double atMost = 0;
        double mean = 0;
        for (double v : naive) {
            atLeast += v >= d - 1e-12 ? 1 : 0;
            atMost += v <= d + 1e-12 ? 1 : 0;
            mean += v / naive.length;
        }
        assertThat(judged.expectedDissimilarity()).isCloseTo(mean, within(0.002));
        assertThat(judged.pRandom()).isCloseTo(atLeast / naive.length, within(0.012));
        assertThat(judged.pRandomLower()).isCloseTo(atMost / naive.length, within(0.012));
    }

    @Test
    void replicatesMeanIsTheExactTwoSampleChanceLevel() {
        double[] p = {0.1, 0.25, 0.4, 0.25};
        ChanceReplicates replicates = TwoSampleReplicates.draw(p, 60, p, 500, 40_000, 3, false, null);
        double mean =
                java.util.Arrays.stream(replicates.dissimilarity()).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(replicates.dissimilarity())
                        .map(v -> (v - mean) * (v - mean))
                        .sum()
                / (replicates.replicates() - 1));
        assertThat(mean)
                .isCloseTo(
                        TwoSampleExpectedDissimilarity.of(60, p, 500, p),
                        within(4 * sd / Math.sqrt(replicates.replicates())));
    }

    @Test
    void aGroupMirroringTheSurveyIsAsChanceAndAFarOneWorse() {
        double[] survey = {0.25, 0.25, 0.25, 0.25};
        SurveyChanceJudgement judgement = new SurveyChanceJudgement(ChanceSettings.DEFAULTS, null);
        assertThat(judgement
                        .judge(0.075, new long[] {13, 8, 10, 9}, survey, 1000, 1, false)
                        .baseline()
                        .verdict())
                .isEqualTo("as_chance");
        ChanceBaseline far = judgement
                .judge(0.35, new long[] {24, 10, 4, 2}, survey, 1000, 1, false)
                .baseline();
        assertThat(far.verdict()).isEqualTo("worse_large");
        assertThat(far.excess()).isCloseTo(0.35 - far.expectedDissimilarity(), within(1e-15));
    }
}
