package se.spegel.jobs.assembly;

import java.util.Arrays;

/**
 * How unequal the pool's chances of a seat were, from each member's selection probability p_i.
 *
 * <p>Gini coefficient {@code G = Σ_i Σ_j |p_i − p_j| / (2 n² p̄)}, the measure of Flanigan,
 * Gölz, Gupta, Hennig and Procaccia, "Fair algorithms for selecting citizens' assemblies",
 * Nature 596 (2021) 548–552, who report it with the minimum probability for the selection
 * algorithms they compare (0 = every member had the same chance). The double sum is computed
 * from the sorted probabilities, {@code Σ_i Σ_j |p_i − p_j| = 2 Σ_k (2k − n − 1) p_(k)} with
 * k = 1..n in ascending order, so a national pool costs n log n, not n².
 *
 * <p>Also the share of members whose chance was below half the mean: those the lottery all but
 * passed over, a figure a report can say in words.
 */
public final class SelectionSpread {
    private final int n;
    private final double min;
    private final double max;
    private final double sum;
    private final Double gini;
    private final double shareBelowHalfMean;

    public SelectionSpread(double[] probabilities) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no probabilities");
        }
        double[] sorted = probabilities.clone();
        Arrays.sort(sorted);
        n = sorted.length;
        min = sorted[0];
        max = sorted[n - 1];
        double total = 0;
        double ranked = 0;
        for (int k = 1; k <= n; k++) {
            total += sorted[k - 1];
            ranked += (2.0 * k - n - 1) * sorted[k - 1];
        }
        sum = total;
        double mean = total / n;
        // 2 Σ ranked / (2 n² p̄) = ranked / (n² p̄); undefined when nobody had a chance
        gini = mean > 0 ? ranked / ((double) n * n * mean) : null;
        long below = Arrays.stream(sorted).filter(p -> p < mean / 2).count();
        shareBelowHalfMean = (double) below / n;
    }

    public int n() {
        return n;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public double mean() {
        return sum / n;
    }

    public double sum() {
        return sum;
    }

    public Double gini() {
        return gini;
    }

    public double shareBelowHalfMean() {
        return shareBelowHalfMean;
    }
}
