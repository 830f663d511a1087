package se.spegel.jobs.metrics;

import org.apache.commons.math3.distribution.BinomialDistribution;

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
            pValue = binomial.cumulativeProbability(k) + upperTail(n, p, n - y);
        } else {
            int y = 0;
            for (int i = 0; i <= (int) Math.floor(mean); i++) {
                if (binomial.probability(i) <= d * RELATIVE_ERROR) {
                    y++;
                }
            }
            pValue = (y == 0 ? 0 : binomial.cumulativeProbability(y - 1)) + upperTail(n, p, k - 1);
        }
        return Math.min(1.0, pValue);
    }

    /**
     * P(X > x), as R's pbinom(x, lower.tail = FALSE), computed as the lower tail of the mirrored
     * distribution, P(Y <= n - x - 1) with Y ~ Bin(n, 1 - p), so that tiny tails keep their digits
     * instead of vanishing in 1 - cdf.
     */
    private static double upperTail(int n, double p, int x) {
        if (x >= n) {
            return 0;
        }
        if (x < 0) {
            return 1;
        }
        return new BinomialDistribution(null, n, 1 - p).cumulativeProbability(n - x - 1);
    }
}
