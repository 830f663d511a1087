package se.spegel.jobs.compare;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Percentile bootstrap intervals for the mean and the median of a sample: draw {@code samples}
 * resamples of the same size with replacement, compute both statistics on each, and take the
 * (1 − level)/2 and (1 + level)/2 quantiles (R type 7) of each statistic's resampled values. Mean and
 * median come from the same resamples, so one random stream gives both intervals.
 */
final class PercentileBootstrap {

    /** An interval [low, high]. */
    record Interval(double low, double high) {
        boolean contains(double value) {
            return low <= value && value <= high;
        }
    }

    /** The intervals of one sample. */
    record Intervals(Interval mean, Interval median) {}

    private final int samples;
    private final double level;

    PercentileBootstrap(int samples, double level) {
        if (samples < 1) {
            throw new IllegalArgumentException("bootstrap samples must be at least 1, was " + samples);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must lie between 0 and 1, was " + level);
        }
        this.samples = samples;
        this.level = level;
    }

    Intervals of(double[] values, UniformRandomProvider rng) {
        if (values.length == 0) {
            throw new IllegalArgumentException("cannot bootstrap an empty sample");
        }
        int n = values.length;
        double[] means = new double[samples];
        double[] medians = new double[samples];
        double[] resample = new double[n];
        for (int b = 0; b < samples; b++) {
            for (int i = 0; i < n; i++) {
                resample[i] = values[rng.nextInt(n)];
            }
            // the same mean as the sample's (Commons Math's corrected two-pass sum), so a constant sample gives a point
            means[b] = Quantiles.mean(resample);
            medians[b] = Quantiles.median(resample);
        }
        return new Intervals(interval(means), interval(medians));
    }

    private Interval interval(double[] statistics) {
        double tail = (1 - level) / 2;
        return new Interval(Quantiles.quantile(statistics, tail), Quantiles.quantile(statistics, 1 - tail));
    }
}
