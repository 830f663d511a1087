package se.spegel.jobs.metrics;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.special.Beta;

/**
 * Two-sided exact binomial test as R's {@code binom.test}: the p-value sums the
 * probabilities of all outcomes no more likely than the one observed (with R's relative
 * tolerance 1 + 1e-7 for ties). Distribution functions come from Commons Math.
 */
public final class ExactBinomialTest {
    private static final double RELATIVE_ERROR = 1 + 1e-7;

    private ExactBinomialTest() {}

    public static double twoSided(int k, int n, double p) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive");
        }
        BinomialDistribution binomial = new BinomialDistribution(null, n, p);
        double d = binomial.probability(k);
        double mean = n * p;
        if (k == mean) {
            return 1.0;
        }
        double limit = d * RELATIVE_ERROR;
        double pValue;
        if (k < mean) {
            // outcomes above the mean no more likely than k: a suffix [first, n], as the pmf falls there
            int first = firstAtMost(binomial, (int) Math.ceil(mean), n, limit);
            pValue = lowerTail(n, p, k) + upperTail(n, p, first - 1);
        } else {
            // outcomes below the mean no more likely than k: a prefix [0, last], as the pmf rises there
            int last = lastAtMost(binomial, 0, (int) Math.floor(mean), limit);
            pValue = lowerTail(n, p, last) + upperTail(n, p, k - 1);
        }
        return Math.min(1.0, pValue);
    }

    /*
     * R counts the outcomes on the far side of the mean whose probability is at most d one by
     * one, which costs O(n) per test (seconds for a process of millions). The binomial pmf is
     * unimodal with its mode between floor(np) and ceil(np), so it never rises above ceil(np)
     * and never falls below floor(np): those outcomes form one run at the end, found by
     * bisection in O(log n) with the same result.
     */

    /** The first i in [from, to] with P(i) <= limit, the pmf non-increasing there; to + 1 if none. */
    private static int firstAtMost(BinomialDistribution binomial, int from, int to, double limit) {
        int low = from;
        int high = to + 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (binomial.probability(mid) <= limit) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** The last i in [from, to] with P(i) <= limit, the pmf non-decreasing there; from - 1 if none. */
    private static int lastAtMost(BinomialDistribution binomial, int from, int to, double limit) {
        int low = from - 1;
        int high = to;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (binomial.probability(mid) <= limit) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /*
     * Tails straight from the regularized incomplete beta function. Not BinomialDistribution's
     * cumulativeProbability: Commons Math computes that as 1 - I(...), so every tail below about
     * 1e-16 cancels to 0 (binom.test(900, 1000, 0.5) came out as 0 instead of 1.34e-161).
     */

    /** P(X <= x) = I_{1-p}(n - x, x + 1), as R's pbinom(x). */
    private static double lowerTail(int n, double p, int x) {
        if (x < 0) {
            return 0;
        }
        if (x >= n) {
            return 1;
        }
        return Beta.regularizedBeta(1 - p, n - x, x + 1.0);
    }

    /** P(X > x) = I_p(x + 1, n - x), as R's pbinom(x, lower.tail = FALSE). */
    private static double upperTail(int n, double p, int x) {
        if (x >= n) {
            return 0;
        }
        if (x < 0) {
            return 1;
        }
        return Beta.regularizedBeta(p, x + 1.0, n - x);
    }
}
