package se.spegel.jobs.metrics;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The probabilities P(X = x) of X ~ Binomial(n, s) over the outcomes that carry any mass in double
 * precision, with their prefix sums F(t) = P(X ≤ t) and G(t) = E[X·1{X ≤ t}], for sums over an
 * outcome's lower tail in O(1) ({@link TwoSampleExpectedDissimilarity}).
 *
 * <p>Outcomes farther than 12σ + 30 from the mean are left out: Bernstein's inequality bounds their
 * mass by exp(−t²/(2(σ² + t/3))) &lt; 1e-19 there, far below what any published digit shows, and a
 * survey of 100 000 respondents then needs a few thousand outcomes, not 100 001. The pmf is Commons
 * Math's (Loader's saddle-point expansion, accurate to a few ulps in every tail).
 */
final class BinomialPmf {
    private final long low;
    private final double[] below;
    private final double[] belowTimesX;
    private final double[] mass;

    private BinomialPmf(long low, double[] mass) {
        this.low = low;
        this.mass = mass;
        this.below = new double[mass.length];
        this.belowTimesX = new double[mass.length];
        double f = 0;
        double g = 0;
        for (int i = 0; i < mass.length; i++) {
            f += mass[i];
            g += (low + i) * mass[i];
            below[i] = f;
            belowTimesX[i] = g;
        }
    }

    static BinomialPmf of(long n, double s) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        if (s <= 0 || n == 0) {
            return new BinomialPmf(0, new double[] {1});
        }
        if (s >= 1) {
            return new BinomialPmf(n, new double[] {1});
        }
        double mean = n * s;
        double window = 12 * Math.sqrt(mean * (1 - s)) + 30;
        long low = Math.max(0, (long) Math.floor(mean - window));
        long high = Math.min(n, (long) Math.ceil(mean + window));
        BinomialDistribution binomial = new BinomialDistribution(null, Math.toIntExact(n), s);
        double[] mass = new double[Math.toIntExact(high - low + 1)];
        for (int i = 0; i < mass.length; i++) {
            mass[i] = binomial.probability((int) (low + i));
        }
        return new BinomialPmf(low, mass);
    }

    /** The smallest outcome kept. */
    long low() {
        return low;
    }

    /** The largest outcome kept. */
    long high() {
        return low + mass.length - 1;
    }

    /** P(X = x), 0 outside the outcomes kept. */
    double probability(long x) {
        return x < low || x > high() ? 0 : mass[(int) (x - low)];
    }

    /** P(X ≤ t). */
    double cumulative(long t) {
        return t < low ? 0 : below[(int) (Math.min(t, high()) - low)];
    }

    /** E[X·1{X ≤ t}]. */
    double partialMean(long t) {
        return t < low ? 0 : belowTimesX[(int) (Math.min(t, high()) - low)];
    }
}
