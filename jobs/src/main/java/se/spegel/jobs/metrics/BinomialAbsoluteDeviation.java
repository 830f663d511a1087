package se.spegel.jobs.metrics;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * E|X − c| for X ~ Binomial(n, s) and any real c, in closed form (no sum over the n + 1 outcomes).
 *
 * <p>E|X − c| = E(X − c) + 2·E(c − X)⁺ and, with m = ⌊c⌋, E(c − X)⁺ = Σ_{x ≤ m} (c − x)·P(X = x)
 * = c·F_{n,s}(m) − n·s·F_{n−1,s}(m − 1), because x·C(n, x) = n·C(n − 1, x − 1) (the identity behind
 * de Moivre's closed form of the binomial's mean absolute deviation, Diaconis &amp; Zabell 1991,
 * "Closed form summation for classical distributions", Statistical Science 6(3)). F is the binomial
 * distribution function of Commons Math. With c = n·s it is the mean absolute deviation itself.
 */
public final class BinomialAbsoluteDeviation {
    private BinomialAbsoluteDeviation() {}

    public static double of(long n, double s, double c) {
        if (n == 0 || s <= 0) {
            return Math.abs(c);
        }
        if (s >= 1) {
            return Math.abs(n - c);
        }
        double mean = n * s;
        if (c < 0) {
            return mean - c;
        }
        long m = (long) Math.floor(c);
        double below = c * cdf(n, s, m) - mean * cdf(n - 1, s, m - 1);
        // below ≥ 0 in exact arithmetic; the two terms can cancel to a tiny negative number
        return mean - c + 2 * Math.max(0, below);
    }

    /** P(Binomial(trials, s) ≤ x); no random generator is built (null), none is needed. */
    private static double cdf(long trials, double s, long x) {
        if (x < 0) {
            return 0;
        }
        if (x >= trials) {
            return 1;
        }
        return new BinomialDistribution(null, Math.toIntExact(trials), s).cumulativeProbability((int) x);
    }
}
