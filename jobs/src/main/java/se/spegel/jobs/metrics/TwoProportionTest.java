package se.spegel.jobs.metrics;

import org.apache.commons.math3.special.Erf;

/**
 * Two-sided score test that a category's share among the participants (x of n) equals its share in
 * a survey (p̂ of m respondents), both being samples: the pooled z-test,
 * z = (x/n − p̂) / √(p̄(1 − p̄)(1/n + 1/m)) with p̄ = (x + p̂·m)/(n + m), p = 2·Φ(−|z|). Its z² is
 * Pearson's χ² of the 2 × 2 table, so it is R's {@code prop.test(c(x, p̂·m), c(n, m), correct = FALSE)}
 * (Agresti 2013, Categorical Data Analysis, §3.1.3). It replaces the exact binomial test against a
 * register share ({@link ExactBinomialTest}), which would treat the survey's share as known exactly
 * and flag differences that the survey's own sampling error explains.
 */
public final class TwoProportionTest {
    private TwoProportionTest() {}

    /** NaN when n or m is 0. Both shares 0 (or both 1) cannot differ: p = 1. */
    public static double twoSided(long x, long n, double surveyShare, long m) {
        if (n <= 0 || m <= 0) {
            return Double.NaN;
        }
        double pooled = (x + surveyShare * m) / (n + m);
        double variance = pooled * (1 - pooled) * (1.0 / n + 1.0 / m);
        double difference = (double) x / n - surveyShare;
        if (!(variance > 0)) {
            return Math.abs(difference) < 1e-12 ? 1 : 0;
        }
        double z = Math.abs(difference) / Math.sqrt(variance);
        // 2·Φ(−|z|) = erfc(|z|/√2), taken directly so that a small p is not rounded to 0
        return Math.min(1, Erf.erfc(z / Math.sqrt(2)));
    }
}
