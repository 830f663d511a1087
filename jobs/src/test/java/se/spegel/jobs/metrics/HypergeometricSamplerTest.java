package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class HypergeometricSamplerTest {

    @Test
    void drawsHaveTheLawOfEveryFourOfNinePeopleEquallyLikely() {
        // pool: 3 people in category 0, 2 in 1, 4 in 2; every 4-subset of the 9 is equally likely
        long[] pool = {3, 2, 4};
        Map<List<Long>, Double> exact = enumerate(pool, 4);
        assertThat(exact.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1, within(1e-12));
        int replicates = 100_000;
        HypergeometricSampler sampler = new HypergeometricSampler(RandomSource.SPLIT_MIX_64.create(5L), pool, 4);
        Map<List<Long>, Integer> seen = new HashMap<>();
        long[] counts = new long[3];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            seen.merge(Arrays.stream(counts).boxed().toList(), 1, Integer::sum);
        }
        assertThat(exact.keySet()).containsAll(seen.keySet());
        exact.forEach((outcome, p) -> {
            double frequency = seen.getOrDefault(outcome, 0) / (double) replicates;
            assertThat(frequency)
                    .as("outcome %s", outcome)
                    .isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / replicates)));
        });
    }

    @Test
    void largePoolsHaveTheHypergeometricMeansAndVariances() {
        // M = 200 000, n = 80 000 (the 120 000 are drawn in binomial chunks); per category
        // E X_k = n m_k / M, Var X_k = n (m_k/M)(1 − m_k/M)(M − n)/(M − 1)
        long[] pool = {120_000, 30_000, 50_000};
        long m = 200_000;
        long n = 80_000;
        int replicates = 20_000;
        HypergeometricSampler sampler = new HypergeometricSampler(RandomSource.SPLIT_MIX_64.create(9L), pool, n);
        double[] sum = new double[3];
        double[] squares = new double[3];
        long[] counts = new long[3];
        for (int r = 0; r < replicates; r++) {
            sampler.draw(counts);
            assertThat(counts[0] + counts[1] + counts[2]).isEqualTo(n);
            for (int k = 0; k < 3; k++) {
                sum[k] += counts[k];
                squares[k] += (double) counts[k] * counts[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            double share = (double) pool[k] / m;
            double mean = n * share;
            double variance = n * share * (1 - share) * (m - n) / (m - 1.0);
            double observedMean = sum[k] / replicates;
            double observedVariance = squares[k] / replicates - observedMean * observedMean;
            assertThat(observedMean).isCloseTo(mean, within(5 * Math.sqrt(variance / replicates)));
            assertThat(observedVariance).isCloseTo(variance, within(0.06 * variance));
        }
    }

    @Test
    void drawingTheWholePoolGivesThePool() {
        long[] pool = {7, 0, 12, 1};
        HypergeometricSampler sampler = new HypergeometricSampler(RandomSource.SPLIT_MIX_64.create(1L), pool, 20);
        long[] counts = new long[4];
        sampler.draw(counts);
        assertThat(counts).containsExactly(7, 0, 12, 1);
    }

    @Test
    void neverDrawsMoreOfACategoryThanThePoolHolds() {
        long[] pool = {2, 50, 1, 3};
        HypergeometricSampler sampler = new HypergeometricSampler(RandomSource.SPLIT_MIX_64.create(2L), pool, 30);
        long[] counts = new long[4];
        for (int r = 0; r < 10_000; r++) {
            sampler.draw(counts);
            for (int k = 0; k < 4; k++) {
                assertThat(counts[k]).isBetween(0L, pool[k]);
            }
            assertThat(Arrays.stream(counts).sum()).isEqualTo(30);
        }
    }

    @Test
    void binomialChunksOfLargeTrialCountsKeepTheBinomialLaw() {
        // Binomial(200 000, ½) is too wide for one look-up table: mean 100 000, variance 50 000
        BinomialSampler sampler = new BinomialSampler(RandomSource.SPLIT_MIX_64.create(4L), 200_000, 0.5);
        int replicates = 20_000;
        double sum = 0;
        double squares = 0;
        for (int r = 0; r < replicates; r++) {
            double x = sampler.sample();
            sum += x;
            squares += x * x;
        }
        double mean = sum / replicates;
        assertThat(mean).isCloseTo(100_000, within(5 * Math.sqrt(50_000.0 / replicates)));
        assertThat(squares / replicates - mean * mean).isCloseTo(50_000, within(0.06 * 50_000));
    }

    @Test
    void smallBinomialsMatchCommonsMathsPmf() {
        BinomialSampler sampler = new BinomialSampler(RandomSource.SPLIT_MIX_64.create(6L), 10, 0.3);
        BinomialDistribution reference = new BinomialDistribution(10, 0.3);
        int replicates = 100_000;
        int[] seen = new int[11];
        for (int r = 0; r < replicates; r++) {
            seen[(int) sampler.sample()]++;
        }
        for (int x = 0; x <= 10; x++) {
            double p = reference.probability(x);
            assertThat(seen[x] / (double) replicates)
                    .isCloseTo(p, within(5 * Math.sqrt(p * (1 - p) / replicates) + 1e-9));
        }
    }

    /** The exact law of the counts of an n-subset of the pool's labelled people, by listing every subset. */
    static Map<List<Long>, Double> enumerate(long[] pool, int n) {
        int people = (int) Arrays.stream(pool).sum();
        int[] category = new int[people];
        int next = 0;
        for (int k = 0; k < pool.length; k++) {
            for (int i = 0; i < pool[k]; i++) {
                category[next++] = k;
            }
        }
        Map<List<Long>, Integer> subsets = new HashMap<>();
        int total = 0;
        for (int mask = 0; mask < 1 << people; mask++) {
            if (Integer.bitCount(mask) != n) {
                continue;
            }
            Long[] counts = new Long[pool.length];
            Arrays.fill(counts, 0L);
            for (int i = 0; i < people; i++) {
                if ((mask & (1 << i)) != 0) {
                    counts[category[i]]++;
                }
            }
            subsets.merge(List.of(counts), 1, Integer::sum);
            total++;
        }
        Map<List<Long>, Double> law = new HashMap<>();
        int subsetCount = total;
        subsets.forEach((k, v) -> law.put(k, v / (double) subsetCount));
        return law;
    }
}
