package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DissimilarityChanceTestTest {
    private static final int B = 2_000;

    /** P(D* ≥ d) and P(D* ≤ d) over every Multinomial(n, p) outcome. */
    private static double[] exactTails(int n, double[] p, double d) {
        double[] tails = {0, 0};
        MultinomialEnumeration.forEach(n, p, (x, probability) -> {
            double dStar = MultinomialEnumeration.dissimilarity(x, p);
            tails[0] += dStar >= d - 1e-12 ? probability : 0;
            tails[1] += dStar <= d + 1e-12 ? probability : 0;
        });
        return tails;
    }

    private static double standardError(double p) {
        return Math.sqrt(p * (1 - p) / B);
    }

    private static DissimilarityChanceTest.Result test(long[] heads, double[] p, long seed) {
        long n = 0;
        for (long h : heads) {
            n += h;
        }
        double[] shares = new double[heads.length];
        for (int k = 0; k < heads.length; k++) {
            shares[k] = (double) heads[k] / n;
        }
        return DissimilarityChanceTest.of(
                DissimilarityIndex.of(shares, p), ChanceReplicates.draw(p, p, n, B, seed, true));
    }

    @Test
    void bothTailsOfASmallGroupAgreeWithExactEnumeration() {
        // n = 12 over (0.5, 0.3, 0.2): observed (9, 2, 1), D = ½(|0.75 − 0.5| + |1/6 − 0.3| + |1/12 − 0.2|) = 0.25
        double[] p = {0.5, 0.3, 0.2};
        double[] exact = exactTails(12, p, 0.25);
        DissimilarityChanceTest.Result r = test(new long[] {9, 2, 1}, p, 5L);
        assertThat(r.pUpper()).isCloseTo(exact[0], within(4.5 * standardError(exact[0]) + 1.0 / (B + 1)));
        assertThat(r.pLower()).isCloseTo(exact[1], within(4.5 * standardError(exact[1]) + 1.0 / (B + 1)));
    }

    @Test
    void poissonisedReplicatesOfSixtyAgreeWithExactEnumeration() {
        // n = 60, K = 5: the sampler Poissonises (4·5 + 8 < 60); 635 376 outcomes enumerated
        double[] p = {0.1, 0.15, 0.2, 0.25, 0.3};
        long[] heads = {3, 13, 12, 12, 20};
        double d = DissimilarityIndex.of(new double[] {3 / 60.0, 13 / 60.0, 12 / 60.0, 12 / 60.0, 20 / 60.0}, p);
        double[] exact = exactTails(60, p, d);
        DissimilarityChanceTest.Result r = test(heads, p, 9L);
        assertThat(r.pUpper()).isCloseTo(exact[0], within(4.5 * standardError(exact[0]) + 1.0 / (B + 1)));
        assertThat(r.pLower()).isCloseTo(exact[1], within(4.5 * standardError(exact[1]) + 1.0 / (B + 1)));
    }

    @Test
    void largeGroupAgreesWithALargeIndependentSimulation() {
        // n = 300: 100 000 replicates drawn one person at a time from the cumulative shares (java.util's
        // SplittableRandom, not Commons RNG): SE of that reference ≤ 0.0016
        double[] p = {0.4, 0.3, 0.2, 0.1};
        long[] heads = {135, 84, 57, 24};
        double d = DissimilarityIndex.of(new double[] {0.45, 0.28, 0.19, 0.08}, p);
        SplittableRandom random = new SplittableRandom(2024);
        int replicates = 100_000;
        int atLeast = 0;
        int atMost = 0;
        int[] x = new int[4];
        for (int b = 0; b < replicates; b++) {
            java.util.Arrays.fill(x, 0);
            for (int i = 0; i < 300; i++) {
                double u = random.nextDouble();
                int k = u < 0.4 ? 0 : u < 0.7 ? 1 : u < 0.9 ? 2 : 3;
                x[k]++;
            }
            double dStar = MultinomialEnumeration.dissimilarity(x, p);
            atLeast += dStar >= d - 1e-12 ? 1 : 0;
            atMost += dStar <= d + 1e-12 ? 1 : 0;
        }
        double upper = (double) atLeast / replicates;
        double lower = (double) atMost / replicates;
        DissimilarityChanceTest.Result r = test(heads, p, 13L);
        assertThat(upper).isBetween(0.02, 0.98); // a tail the test can resolve
        assertThat(r.pUpper()).isCloseTo(upper, within(4.5 * standardError(upper) + 0.005 + 1.0 / (B + 1)));
        assertThat(r.pLower()).isCloseTo(lower, within(4.5 * standardError(lower) + 0.005 + 1.0 / (B + 1)));
    }

    @Test
    void aGroupExactlyLikeThePopulationIsInTheLowerTailOnly() {
        // 20 of (0.5, 0.5) drawn as (10, 10): D = 0, reached by the C(20,10)/2^20 = 17.6 % of draws that tie
        DissimilarityChanceTest.Result r = test(new long[] {10, 10}, new double[] {0.5, 0.5}, 3L);
        assertThat(r.pUpper()).isEqualTo(1.0);
        assertThat(r.pLower()).isCloseTo(0.176197, within(4.5 * standardError(0.176197) + 1.0 / (B + 1)));
    }

    @Test
    void sameSeedGivesTheSamePValues() {
        double[] p = {0.2, 0.3, 0.5};
        assertThat(test(new long[] {5, 9, 6}, p, 77L)).isEqualTo(test(new long[] {5, 9, 6}, p, 77L));
    }
}
