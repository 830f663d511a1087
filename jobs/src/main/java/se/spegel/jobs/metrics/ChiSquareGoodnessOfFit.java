package se.spegel.jobs.metrics;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's χ² of observed counts against population shares, df = K − 1. When an expected
 * count is below 5 the asymptotic p-value is unreliable, so the p-value is simulated as R's
 * {@code chisq.test(x, p = p, simulate.p.value = TRUE)} does: p = (1 + #{χ²* ≥ χ²}) / (B + 1)
 * over B multinomial samples, with a fixed seed so that runs are reproducible. The samples are
 * those of D's chance test ({@link ChanceReplicates}) when they are of the same n: drawn once for both.
 */
public final class ChiSquareGoodnessOfFit {
    public static final int REPLICATES = 2_000; // R's default B
    private static final double ALMOST_ONE = 1 - 64 * Math.ulp(1.0);

    private ChiSquareGoodnessOfFit() {}

    /** @param n the participants in categories with a positive population share, whom the test is about */
    public record Result(double chi2, int df, double pValue, boolean monteCarlo, long n) {}

    /**
     * Null when fewer than two categories have a positive population share or n = 0.
     * Participants in a category with no residents at all cannot be tested against a share
     * of 0 (χ² would be infinite); they are left out of the test, as of its df.
     */
    public static Result test(long[] observed, double[] popShares, long seed) {
        return test(observed, popShares, seed, null);
    }

    /**
     * @param shared null-model replicates already drawn (Multinomial(n, popShares) with χ²*), used
     *               when they are of this test's n; otherwise B replicates are drawn with {@code seed}
     */
    public static Result test(long[] observed, double[] popShares, long seed, ChanceReplicates shared) {
        Tested tested = Tested.of(observed, popShares);
        if (tested == null) {
            return null;
        }
        long n = tested.n();
        double minExpected = tested.minExpected();
        double chi2 = statistic(observed, popShares, n);
        int df = tested.categories() - 1;
        if (minExpected >= 5) {
            // the upper tail directly (Q(df/2, χ²/2)), not 1 - cdf, which rounds small p-values to 0
            return new Result(chi2, df, Gamma.regularizedGammaQ(df / 2.0, chi2 / 2), false, n);
        }
        ChanceReplicates replicates = shared != null && shared.n() == n && shared.chi2() != null
                ? shared
                : ChanceReplicates.draw(popShares, popShares, n, REPLICATES, seed, true);
        return new Result(chi2, df, simulatedPValue(chi2, replicates.chi2()), true, n);
    }

    /** Whether {@link #test} simulates its p-value (some expected count below 5), so needs χ²* replicates. */
    static boolean simulated(long[] observed, double[] popShares) {
        Tested tested = Tested.of(observed, popShares);
        return tested != null && tested.minExpected() < 5;
    }

    /** The participants and categories with a positive population share, and their smallest expected count. */
    private record Tested(long n, int categories, double minExpected) {
        /** Null when fewer than two categories have a positive share or n = 0. */
        static Tested of(long[] observed, double[] popShares) {
            long n = 0;
            int k = 0;
            for (int i = 0; i < observed.length; i++) {
                if (popShares[i] > 0) {
                    n += observed[i];
                    k++;
                }
            }
            if (n == 0 || k < 2) {
                return null;
            }
            double minExpected = Double.MAX_VALUE;
            for (double p : popShares) {
                if (p > 0) {
                    minExpected = Math.min(minExpected, n * p);
                }
            }
            return new Tested(n, k, minExpected);
        }
    }

    static double statistic(long[] observed, double[] popShares, long n) {
        double chi2 = 0;
        for (int i = 0; i < observed.length; i++) {
            if (popShares[i] > 0) {
                double expected = n * popShares[i];
                chi2 += (observed[i] - expected) * (observed[i] - expected) / expected;
            }
        }
        return chi2;
    }

    /** Each replicate is a Multinomial(n, popShares) draw ({@link MultinomialSampler}) on a seeded SplitMix64 stream. */
    private static double simulatedPValue(double chi2, double[] replicates) {
        int atLeast = 0;
        for (double replicate : replicates) {
            if (replicate >= ALMOST_ONE * chi2) {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (replicates.length + 1.0);
    }
}
