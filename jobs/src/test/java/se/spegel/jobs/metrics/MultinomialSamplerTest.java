package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class MultinomialSamplerTest {
    private static final double[] SHARES = {0.5, 0.3, 0.15, 0.05};

    @Test
    void drawsOneByOneWhenTheSampleIsSmall() {
        // n = 5: 3√5 ≈ 7 of headroom already exceeds n
        assertThat(sampler(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 5, 1L).poissonised())
                .isFalse();
    }

    @Test
    void poissonisedDrawsAlwaysSumToN() {
        MultinomialSampler sampler = sampler(SHARES, 400, 3L);
        assertThat(sampler.poissonised()).isTrue();
        long[] counts = new long[SHARES.length];
        for (int r = 0; r < 20_000; r++) {
            sampler.draw(counts);
            assertThat(counts[0] + counts[1] + counts[2] + counts[3]).isEqualTo(400);
        }
    }

    @Test
    void poissonisedDrawsHaveTheMultinomialMeansVariancesAndCovariance() {
        // Multinomial(400, p): E X_k = 400 p_k, Var X_k = 400 p_k (1 − p_k), Cov(X_0, X_1) = −400·0.5·0.3 = −60
        int n = 400;
        int replicates = 100_000;
        MultinomialSampler sampler = sampler(SHARES, n, 11L);
        double[] sum = new double[4];
        double[] sumSquares = new double[4];
        double sumCross = 0;
        long[] counts = new long[4];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            for (int k = 0; k < 4; k++) {
                sum[k] += counts[k];
                sumSquares[k] += (double) counts[k] * counts[k];
            }
            sumCross += (double) counts[0] * counts[1];
        }
        for (int k = 0; k < 4; k++) {
            double mean = sum[k] / replicates;
            double variance = sumSquares[k] / replicates - mean * mean;
            double expectedVariance = n * SHARES[k] * (1 - SHARES[k]);
            // SE of the mean √(Var/R); of the variance about Var·√(2/R): allow 5 SE
            assertThat(mean).isCloseTo(n * SHARES[k], within(5 * Math.sqrt(expectedVariance / replicates)));
            assertThat(variance)
                    .isCloseTo(expectedVariance, within(5 * expectedVariance * Math.sqrt(2.0 / replicates)));
        }
        double covariance = sumCross / replicates - (sum[0] / replicates) * (sum[1] / replicates);
        assertThat(covariance).isCloseTo(-60.0, within(3.0));
    }

    @Test
    void poissonisedMarginalOfARareCategoryIsBinomial() {
        // X_3 ~ Binomial(120, 0.05) exactly; compare the sampled frequencies with its pmf
        int n = 120;
        int replicates = 200_000;
        MultinomialSampler sampler = sampler(SHARES, n, 5L);
        assertThat(sampler.poissonised()).isTrue();
        long[] frequency = new long[n + 1];
        long[] counts = new long[4];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            frequency[(int) counts[3]]++;
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, 0.05);
        double totalVariation = 0;
        for (int x = 0; x <= n; x++) {
            totalVariation += Math.abs((double) frequency[x] / replicates - binomial.probability(x));
        }
        // sampling noise alone gives Σ|f − p| of about Σ√(2p/(πR)) ≈ 0.007 here
        assertThat(totalVariation / 2).isLessThan(0.01);
    }

    @Test
    void poissonisedDrawsOverManyCategoriesHaveTheMultinomialMeanAndVariance() {
        // 80 equal shares, n = 2 000: X_k ~ Binomial(2000, 1/80), mean 25, variance 25·79/80 = 24.6875
        int categories = 80;
        double[] shares = new double[categories];
        java.util.Arrays.fill(shares, 1.0 / categories);
        MultinomialSampler sampler = sampler(shares, 2_000, 17L);
        assertThat(sampler.poissonised()).isTrue();
        int replicates = 50_000;
        double sum = 0;
        double sumSquares = 0;
        long[] counts = new long[categories];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            assertThat(java.util.Arrays.stream(counts).sum()).isEqualTo(2_000);
            sum += counts[categories - 1];
            sumSquares += (double) counts[categories - 1] * counts[categories - 1];
        }
        double mean = sum / replicates;
        double variance = sumSquares / replicates - mean * mean;
        assertThat(mean).isCloseTo(25.0, within(5 * Math.sqrt(24.6875 / replicates)));
        assertThat(variance).isCloseTo(24.6875, within(5 * 24.6875 * Math.sqrt(2.0 / replicates)));
    }

    @Test
    void theHeadroomFollowsWhatEachPoissonDrawCosts() {
        // K = 4 tabled means (n·p_k < 1 024), √n = 20: cost(c) = 4/Φ(c) + 20·(c + φ(c)/Φ(c)) is
        // 24.24 at c = −0.25, 23.96 at c = 0 and 24.60 at c = 0.25 (by hand, Φ and φ from tables)
        assertThat(MultinomialSampler.cheapestHeadroom(SHARES, 400)).isEqualTo(0.0);
        // 300 tabled categories, √n ≈ 44.7: 300/Φ(c) dominates: 394.8 at c = 1.5, 398.9 at c = 2, 414 at c = 1
        double[] many = new double[300];
        java.util.Arrays.fill(many, 1.0 / 300);
        assertThat(MultinomialSampler.cheapestHeadroom(many, 2_000)).isEqualTo(1.5);
        // two large means (4 each), √n ≈ 316: fewer single draws pay for many tries: 216.3 at c = −1
        assertThat(MultinomialSampler.cheapestHeadroom(new double[] {0.5, 0.5}, 100_000))
                .isEqualTo(-1.0);
        // n = 20 over four categories: drawn one by one
        assertThat(MultinomialSampler.cheapestHeadroom(SHARES, 20)).isNaN();
    }

    @Test
    void drawsWithANegativeHeadroomHaveTheMultinomialMeansAndVariances() {
        // λ = n + √n > n: most Poisson totals overshoot and are drawn again; the law is still Multinomial(n, p)
        int n = 100_000;
        double[] shares = {0.6, 0.4};
        MultinomialSampler sampler = sampler(shares, n, 23L);
        assertThat(MultinomialSampler.cheapestHeadroom(shares, n)).isLessThan(0);
        int replicates = 40_000;
        double sum = 0;
        double sumSquares = 0;
        long[] counts = new long[2];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            assertThat(counts[0] + counts[1]).isEqualTo(n);
            sum += counts[1];
            sumSquares += (double) counts[1] * counts[1];
        }
        double expectedVariance = n * 0.4 * 0.6;
        double mean = sum / replicates;
        double variance = sumSquares / replicates - mean * mean;
        assertThat(mean).isCloseTo(n * 0.4, within(5 * Math.sqrt(expectedVariance / replicates)));
        assertThat(variance).isCloseTo(expectedVariance, within(5 * expectedVariance * Math.sqrt(2.0 / replicates)));
    }

    private static MultinomialSampler sampler(double[] shares, long n, long seed) {
        return new MultinomialSampler(RandomSource.SPLIT_MIX_64.create(seed), shares, n);
    }
}
