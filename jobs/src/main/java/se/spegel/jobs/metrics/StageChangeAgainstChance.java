package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import se.spegel.jobs.disclosure.CellPublication;

/**
 * Funnel against chance: is a funnel stage further from (or closer to) the population than a
 * random draw of its size from the stage before would be?
 *
 * <p>Stages are cumulative (everyone selected also responded), so the people of stage s are n_s
 * of the M = Σ m_k people of stage s − 1. A stage chosen at random from the one before (no
 * self-selection, no stratification) is a draw of n_s without replacement: multivariate
 * hypergeometric counts ({@link HypergeometricSampler}). For each of B seeded draws D* is the
 * dissimilarity index of the draw against the population shares; the observed D of stage s is
 * read against them as the χ² Monte-Carlo is (Davison and Hinkley 1997, §4.2; R's
 * {@code simulate.p.value}):
 * p_worse = (1 + #{D* ≥ D − 1e-12}) / (B + 1) (the stage lost more than chance: self-selection
 * at response) and p_better = (1 + #{D* ≤ D + 1e-12}) / (B + 1) (it lost less: a stratified
 * lottery). The verdict is two-sided at {@code level}: worse when p_worse &lt; level/2, better when
 * p_better &lt; level/2, as chance otherwise.
 *
 * <p>Counts are head counts (the draw is of people; weights play no part). The stage's mean over
 * several dimensions is read against the mean of their D* draw by draw. The published cells give
 * each dimension's counts, not the stage's joint composition, so each dimension is drawn on its
 * own stream: the mean's reference distribution treats the dimensions as independent draws.
 *
 * <p>Under disclosure control both stages' counts are the published ones; each drawn cell is then
 * published too ({@link CellPublication}, keys on a stream of their own), so that the observed D and
 * the D* carry the same noise.
 */
public final class StageChangeAgainstChance {
    public static final String WORSE = "worse_than_chance";
    public static final String BETTER = "better_than_chance";
    public static final String AS_CHANCE = "as_chance";
    private static final double TOLERANCE = 1e-12;

    /** Seeds the drawn cells' keys apart from the draws (as {@link ChanceReplicates} does). */
    private static final long KEY_STREAM = Long.rotateLeft(0x9E3779B97F4A7C15L, 29);

    private final int samples;
    private final double level;
    private final CellPublication publication;

    public StageChangeAgainstChance(int samples, double level) {
        this(samples, level, null);
    }

    /** @param publication how the stages' cells were published (null: as counted) */
    public StageChangeAgainstChance(int samples, double level, CellPublication publication) {
        if (samples < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("samples must be positive and level in (0, 1)");
        }
        this.samples = samples;
        this.level = level;
        this.publication = publication != null && publication.changesCounts() ? publication : null;
    }

    /**
     * One dimension at one stage: head counts per population category at the stage before
     * ({@code previous}) and at this stage ({@code current}), the population shares and the
     * seed of its random stream.
     */
    public record Dimension(long[] previous, long[] current, double[] popShares, long seed) {}

    /** The observed D (head counts), the mean D* of the draws, the two tail probabilities and the verdict. */
    public record Result(
            double dissimilarity, double expectedDissimilarity, double pWorse, double pBetter, String verdict) {}

    /** Per dimension (null where it cannot be drawn), and for their mean (null when none can). */
    public record Outcome(List<Result> dimensions, Result mean) {}

    public Outcome test(List<Dimension> dimensions) {
        List<Result> results = new ArrayList<>();
        double[] meanDraws = new double[samples];
        double meanObserved = 0;
        int drawn = 0;
        for (Dimension dimension : dimensions) {
            double[] draws = draws(dimension);
            if (draws == null) {
                results.add(null);
                continue;
            }
            double observed = dissimilarity(dimension.current(), dimension.popShares());
            results.add(result(observed, draws));
            meanObserved += observed;
            for (int b = 0; b < samples; b++) {
                meanDraws[b] += draws[b];
            }
            drawn++;
        }
        if (drawn == 0) {
            return new Outcome(results, null);
        }
        for (int b = 0; b < samples; b++) {
            meanDraws[b] /= drawn;
        }
        return new Outcome(results, result(meanObserved / drawn, meanDraws));
    }

    /** D* of each draw; null when the stage is empty or has more people than the stage before. */
    private double[] draws(Dimension dimension) {
        long n = sum(dimension.current());
        long pool = sum(dimension.previous());
        if (n == 0 || n > pool) {
            return null; // nobody to judge; or counts that cannot come from the stage before
        }
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(dimension.seed());
        HypergeometricSampler sampler = new HypergeometricSampler(random, dimension.previous(), n);
        UniformRandomProvider keys =
                publication == null ? null : RandomSource.SPLIT_MIX_64.create(dimension.seed() ^ KEY_STREAM);
        long[] sample = new long[dimension.previous().length];
        double[] draws = new double[samples];
        for (int b = 0; b < samples; b++) {
            sampler.draw(sample);
            if (keys != null) {
                for (int k = 0; k < sample.length; k++) {
                    int key = keys.nextInt();
                    if (dimension.popShares()[k] > 0) {
                        sample[k] = publication.publish(sample[k], key);
                    }
                }
            }
            draws[b] = dissimilarity(sample, dimension.popShares());
        }
        return draws;
    }

    private Result result(double observed, double[] draws) {
        int atLeast = 0;
        int atMost = 0;
        double sum = 0;
        for (double d : draws) {
            atLeast += d >= observed - TOLERANCE ? 1 : 0;
            atMost += d <= observed + TOLERANCE ? 1 : 0;
            sum += d;
        }
        double pWorse = (1.0 + atLeast) / (samples + 1.0);
        double pBetter = (1.0 + atMost) / (samples + 1.0);
        String verdict = pWorse < level / 2 ? WORSE : pBetter < level / 2 ? BETTER : AS_CHANCE;
        return new Result(observed, sum / samples, pWorse, pBetter, verdict);
    }

    /** D of head counts against the population shares ({@link DissimilarityIndex}, without a shares array per draw). */
    private static double dissimilarity(long[] counts, double[] popShares) {
        double n = sum(counts);
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += Math.abs(counts[k] / n - popShares[k]);
        }
        return sum / 2;
    }

    private static long sum(long[] counts) {
        long s = 0;
        for (long c : counts) {
            s += c;
        }
        return s;
    }
}
