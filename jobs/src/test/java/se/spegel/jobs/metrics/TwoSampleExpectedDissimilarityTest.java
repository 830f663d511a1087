package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoSampleExpectedDissimilarityTest {

    /** Every outcome of both samples, with its probability: E[½ Σ |X/n − Y/m|] by brute force. */
    private static double enumerated(int n, double[] a, int m, double[] b) {
        List<int[]> xs = new ArrayList<>();
        List<Double> px = new ArrayList<>();
        MultinomialEnumeration.forEach(n, a, (x, p) -> {
            xs.add(x.clone());
            px.add(p);
        });
        double[] sum = {0};
        MultinomialEnumeration.forEach(m, b, (y, py) -> {
            for (int i = 0; i < xs.size(); i++) {
                double d = 0;
                for (int k = 0; k < y.length; k++) {
                    d += Math.abs((double) xs.get(i)[k] / n - (double) y[k] / m);
                }
                sum[0] += px.get(i) * py * d / 2;
            }
        });
        return sum[0];
    }

    @Test
    void twoSampleChanceLevelMatchesEnumerationOfEveryPairOfOutcomes() {
        double[][] shares = {{0.5, 0.5}, {0.2, 0.3, 0.5}, {0.1, 0.15, 0.25, 0.5}, {0.3, 0.0, 0.7}};
        int[][] sizes = {{1, 1}, {2, 3}, {5, 4}, {7, 12}, {9, 2}};
        for (double[] p : shares) {
            for (int[] size : sizes) {
                assertThat(TwoSampleExpectedDissimilarity.of(size[0], p, size[1], p))
                        .as("n=%d m=%d K=%d", size[0], size[1], p.length)
                        .isCloseTo(enumerated(size[0], p, size[1], p), within(1e-12));
            }
        }
    }

    @Test
    void bootstrapMeanWithDifferentSharesMatchesEnumeration() {
        double[] participants = {0.6, 0.1, 0.3};
        double[] survey = {0.25, 0.25, 0.5};
        for (int[] size : new int[][] {{3, 5}, {8, 6}, {10, 10}}) {
            assertThat(TwoSampleExpectedDissimilarity.of(size[0], participants, size[1], survey))
                    .isCloseTo(enumerated(size[0], participants, size[1], survey), within(1e-12));
        }
    }

    @Test
    void largeSamplesMatchTheDirectDoubleSumOverBothBinomials() {
        // n = 150 participants, m = 1 200 respondents: the O(n·m) double sum written out, pmfs by recursion
        int n = 150;
        int m = 1200;
        double[] p = {0.12, 0.35, 0.38, 0.15};
        double expected = 0;
        for (double s : p) {
            double[] px = pmf(n, s);
            double[] py = pmf(m, s);
            for (int x = 0; x <= n; x++) {
                for (int y = 0; y <= m; y++) {
                    expected += px[x] * py[y] * Math.abs((double) x / n - (double) y / m) / 2;
                }
            }
        }
        assertThat(TwoSampleExpectedDissimilarity.of(n, p, m, p)).isCloseTo(expected, within(1e-12));
    }

    @Test
    void aHugeSurveyLeavesOnlyTheParticipantsNoiseAsAgainstARegister() {
        double[] p = {0.1, 0.2, 0.3, 0.4};
        assertThat(TwoSampleExpectedDissimilarity.of(40, p, 10_000_000, p))
                .isCloseTo(ExpectedDissimilarity.underChance(40, p), within(1e-4));
        // a small survey adds its own noise: the chance level rises
        assertThat(TwoSampleExpectedDissimilarity.of(40, p, 200, p))
                .isGreaterThan(ExpectedDissimilarity.underChance(40, p));
    }

    /** Binomial(n, s) pmf by the ratio recursion from P(0) = (1 − s)^n (s well inside (0, 1), moderate n). */
    private static double[] pmf(int n, double s) {
        double[] result = new double[n + 1];
        double log0 = n * Math.log1p(-s);
        result[0] = Math.exp(log0);
        double log = log0;
        for (int x = 0; x < n; x++) {
            log += Math.log((double) (n - x) / (x + 1)) + Math.log(s / (1 - s));
            result[x + 1] = Math.exp(log);
        }
        return result;
    }
}
