package se.spegel.jobs.compare;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Mean, median and quantiles as R computes them by default ({@code quantile(type = 7)}: linear
 * interpolation between order statistics), through Commons Math.
 */
final class Quantiles {
    private Quantiles() {}

    static double mean(double[] values) {
        return new Mean().evaluate(values);
    }

    static double median(double[] values) {
        return quantile(values, 0.5);
    }

    /** The p-quantile, 0 &lt; p ≤ 1. */
    static double quantile(double[] values, double p) {
        return new Percentile().withEstimationType(EstimationType.R_7).evaluate(values, 100 * p);
    }
}
