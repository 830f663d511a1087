package se.spegel.jobs.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The perturbation table (ptable) of the cell key method: it maps a cell's true count t and
 * its cell key to the count that is published, j. Sources: the ABS TableBuilder perturbation
 * (Fraser and Wooton, "A proposed method for confidentialising tabular output to protect
 * against differencing", UNECE work session on statistical data confidentiality, 2005), the
 * ONS 2021 census cell key method, Eurostat's "Harmonised protection of census data in the
 * ESS" (2017, the ptable with maximum noise D and variance V) and its implementation in R's
 * {@code ptable} package (Enderle, Giessing, Tent: the rows are discrete distributions with
 * mean i and variance V on [i − D, i + D], with counts below a threshold never published).
 *
 * <p>The cell key picks the published count by inverting a row's cumulative distribution at
 * u = key / 2^32, so the same cell (same members, hence same key) gets the same count in every
 * table, stage and run. The rows, with k the smallest published count:
 * <ul>
 *   <li>t = 0: j = 0 (an empty cell stays empty; empty cells have no members and no key);</li>
 *   <li>1 ≤ t < k: j uniform on 1..k − 1, <em>the same distribution for every such t</em>.
 *       This is where this table departs from the R package's unbiased rows on purpose: a
 *       small cell's published (or derivable) value then says nothing about which of 1..k − 1
 *       it is, whatever else is derived from it (D, χ², an exact p-value, an interval), while
 *       j ≥ 1 still says "someone, fewer than k";</li>
 *   <li>t ≥ k: j on [max(k, t − D), t + D] with probabilities ∝ exp(−(j − t)²/2V + λ(j − t)),
 *       λ chosen (bisection) so that the mean is t: unbiased, bounded noise of variance about
 *       V, and never below k, so that "fewer than k" is only ever said of small cells. Where
 *       no value below t is allowed (t = k) the row is j = t.</li>
 * </ul>
 * With V = 1 and D = 4 a noise of ±4 has probability ~10^-4: a differencing attacker that
 * needs the noise of two cells at opposite extremes to pin a count succeeds about once in 10^8.
 */
public final class PerturbationTable {
    /** The noise of counts of at least k: at most D, variance about V. */
    public static final int MAX_NOISE = 4;

    public static final double VARIANCE = 1.0;
    private static final double TWO_TO_32 = 4294967296.0;

    private final int minCount;
    private final int maxNoise;
    private final double variance;
    /** Cumulative probabilities of the rows t = k .. k + D (later rows are shaped as the last). */
    private final List<double[]> cumulative = new ArrayList<>();

    public PerturbationTable(int minCount) {
        this(minCount, MAX_NOISE, VARIANCE);
    }

    public PerturbationTable(int minCount, int maxNoise, double variance) {
        if (maxNoise < 0 || variance <= 0) {
            throw new IllegalArgumentException("the noise must be bounded by D >= 0 with a variance above 0");
        }
        this.minCount = minCount;
        this.maxNoise = maxNoise;
        this.variance = variance;
        for (int t = minCount; t <= minCount + maxNoise; t++) {
            cumulative.add(cumulativeRow(t));
        }
    }

    /** Whether this table changes any count at all (k of 1 or less publishes every count as it is). */
    public boolean protects() {
        return minCount > 1;
    }

    public int minCount() {
        return minCount;
    }

    /** The published count of a cell with true count {@code count} and cell key {@code cellKey} (mod 2^32). */
    public long perturb(long count, long cellKey) {
        if (count < 0) {
            throw new IllegalArgumentException("a count cannot be negative: " + count);
        }
        if (!protects() || count == 0) {
            return count;
        }
        double u = (cellKey & CellKey.MASK) / TWO_TO_32;
        if (count < minCount) {
            return 1 + (long) (u * (minCount - 1));
        }
        int row = (int) Math.min(count - minCount, maxNoise);
        double[] cdf = cumulative.get(row);
        long low = Math.max(minCount, count - maxNoise);
        for (int i = 0; i < cdf.length; i++) {
            if (u < cdf[i]) {
                return low + i;
            }
        }
        return low + cdf.length - 1;
    }

    /** The probability of publishing {@code published} for a true count {@code count} (a row of the table). */
    public double probability(long count, long published) {
        if (!protects() || count == 0) {
            return published == count ? 1 : 0;
        }
        if (count < minCount) {
            return published >= 1 && published < minCount ? 1.0 / (minCount - 1) : 0;
        }
        double[] cdf = cumulative.get((int) Math.min(count - minCount, maxNoise));
        int i = (int) (published - Math.max(minCount, count - maxNoise));
        if (i < 0 || i >= cdf.length) {
            return 0;
        }
        return cdf[i] - (i == 0 ? 0 : cdf[i - 1]);
    }

    /** The counts a published count can have come from (what an attacker who knows the table can say). */
    public long[] possibleCounts(long published) {
        if (!protects() || published == 0) {
            return new long[] {published};
        }
        if (published < minCount) {
            return java.util.stream.LongStream.range(1, minCount).toArray();
        }
        return java.util.stream.LongStream.rangeClosed(Math.max(minCount, published - maxNoise), published + maxNoise)
                .filter(t -> probability(t, published) > 0)
                .toArray();
    }

    private double[] cumulativeRow(int t) {
        int low = Math.max(minCount, t - maxNoise);
        int high = t + maxNoise;
        double[] p = new double[high - low + 1];
        if (low == t) {
            p[0] = 1;
        } else {
            double lambda = tilt(t, low, high);
            for (int j = low; j <= high; j++) {
                p[j - low] = weight(j - t, lambda);
            }
        }
        double total = java.util.Arrays.stream(p).sum();
        double running = 0;
        for (int i = 0; i < p.length; i++) {
            running += p[i] / total;
            p[i] = running;
        }
        p[p.length - 1] = 1;
        return p;
    }

    /** The λ that makes the row's mean t: its mean rises with λ, so bisection finds it. */
    private double tilt(int t, int low, int high) {
        double below = -50;
        double above = 50;
        for (int i = 0; i < 200; i++) {
            double lambda = (below + above) / 2;
            double sum = 0;
            double moment = 0;
            for (int j = low; j <= high; j++) {
                double w = weight(j - t, lambda);
                sum += w;
                moment += w * (j - t);
            }
            if (moment / sum > 0) {
                above = lambda;
            } else {
                below = lambda;
            }
        }
        return (below + above) / 2;
    }

    private double weight(int noise, double lambda) {
        return Math.exp(-noise * (double) noise / (2 * variance) + lambda * noise);
    }
}
