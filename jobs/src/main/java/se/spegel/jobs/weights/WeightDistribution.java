package se.spegel.jobs.weights;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * How unequal a set of per-person weights is.
 *
 * @param designEffect Kish's design effect due to weighting, deff = n·Σw² / (Σw)² (1 for equal weights)
 * @param effectiveN Kish's effective sample size (Σw)² / Σw² = n / deff
 * @param q1 quartiles by R's default rule (type 7, as Excel's QUARTILE.INC)
 */
public record WeightDistribution(
        long n, double designEffect, double effectiveN, double min, double q1, double median, double q3, double max) {

    public static WeightDistribution of(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("no weights");
        }
        double sum = 0;
        double sumOfSquares = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double w : weights) {
            sum += w;
            sumOfSquares += w * w;
            min = Math.min(min, w);
        }
        Percentile quantiles = new Percentile().withEstimationType(EstimationType.R_7);
        quantiles.setData(weights);
        int n = weights.length;
        return new WeightDistribution(
                n,
                n * sumOfSquares / (sum * sum),
                sum * sum / sumOfSquares,
                min,
                quantiles.evaluate(25),
                quantiles.evaluate(50),
                quantiles.evaluate(75),
                quantiles.evaluate(100));
    }
}
