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
        double pValue;
        if (k < mean) {
            int y = 0;
            for (int i = (int) Math.ceil(mean); i <= n; i++) {
                if (binomial.probability(i) <= d * RELATIVE_ERROR) {
                    y++;
                }
            }
            pValue = lowerTail(n, p, k) + upperTail(n, p, n - y);
        } else {
            int y = 0;
            for (int i = 0; i <= (int) Math.floor(mean); i++) {
                if (binomial.probability(i) <= d * RELATIVE_ERROR) {
                    y++;
                }
            }
            pValue = lowerTail(n, p, y - 1) + upperTail(n, p, k - 1);
        }
        return Math.min(1.0, pValue);
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
