package se.spegel.jobs.metrics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import se.spegel.jobs.disclosure.CellPublication;

/**
 * B count vectors drawn from Multinomial(n, s) once, with the two statistics every test of a
 * dimension reads from them: D* = ½ Σ_k |X_k/n − p_k| and Pearson's χ²* = Σ_k (X_k − n·p_k)²/(n·p_k)
 * (over the categories with p_k &gt; 0), both against the population shares p.
 *
 * <p>Drawing is most of the cost of the metrics; one pass serves the χ² Monte-Carlo p-value and
 * both tails of D's chance test (s = p, the null), and a second pass with s = the observed shares
 * serves D's bootstrap interval. Draws come from {@link MultinomialSampler} on a seeded SplitMix64
 * stream: the same seed gives the same replicates, so every p-value and interval is reproducible.
 *
 * <p>The observed D and χ² are computed from the published (perturbed) cells, so a null that
 * ignored the perturbation would read the noise of small cells as signal, or as a lack of it. With a
 * {@link CellPublication} that changes counts every drawn cell is published as a real one would be,
 * with a uniform key drawn on a stream of its own (a category the population lacks stays empty);
 * D* and χ²* are then of the published counts over their own total, as the real statistics are
 * over the published n. Without protection the replicates are drawn as before.
 */
public final class ChanceReplicates {
    private final long n;
    private final double[] dissimilarity;
    private final double[] chi2;

    private ChanceReplicates(long n, double[] dissimilarity, double[] chi2) {
        this.n = n;
        this.dissimilarity = dissimilarity;
        this.chi2 = chi2;
    }

    /** Replicates drawn elsewhere (two samples at once, {@link TwoSampleReplicates}), read by the same tests. */
    static ChanceReplicates of(long n, double[] dissimilarity, double[] chi2) {
        return new ChanceReplicates(n, dissimilarity, chi2);
    }

    /** Seeds the cell keys' stream apart from the draws' (SplitMix64's golden-ratio increment, rotated). */
    static final long KEY_STREAM = Long.rotateLeft(0x9E3779B97F4A7C15L, 17);

    /** Replicates of unperturbed counts (as without disclosure control). */
    public static ChanceReplicates draw(
            double[] drawShares, double[] popShares, long n, int replicates, long seed, boolean withChi2) {
        return draw(drawShares, popShares, n, replicates, seed, withChi2, null);
    }

    /**
     * @param drawShares  the shares drawn from (sum 1)
     * @param popShares   the population shares the statistics compare with
     * @param withChi2    whether χ²* is needed (not for a bootstrap)
     * @param publication how the real cells were published; null or not changing counts: as drawn
     */
    public static ChanceReplicates draw(
            double[] drawShares,
            double[] popShares,
            long n,
            int replicates,
            long seed,
            boolean withChi2,
            CellPublication publication) {
        if (publication != null && publication.changesCounts()) {
            return drawPublished(drawShares, popShares, n, replicates, seed, withChi2, publication);
        }
        if (n <= 0 || replicates < 1) {
            throw new IllegalArgumentException(
                    "need n > 0 and at least one replicate, was " + n + " and " + replicates);
        }
        MultinomialSampler multinomial = new MultinomialSampler(RandomSource.SPLIT_MIX_64.create(seed), drawShares, n);
        int k = popShares.length;
        double[] expected = new double[k];
        double[] inverse = new double[k];
        for (int i = 0; i < k; i++) {
            expected[i] = n * popShares[i];
            inverse[i] = expected[i] > 0 ? 1 / expected[i] : 0;
        }
        double[] d = new double[replicates];
        double[] c = withChi2 ? new double[replicates] : null;
        long[] sample = new long[k];
        for (int b = 0; b < replicates; b++) {
            multinomial.draw(sample);
            double absolute = 0;
            double pearson = 0;
            for (int i = 0; i < k; i++) {
                double deviation = sample[i] - expected[i];
                absolute += Math.abs(deviation);
                if (withChi2) {
                    pearson += deviation * deviation * inverse[i];
                }
            }
            d[b] = absolute / (2.0 * n);
            if (withChi2) {
                c[b] = pearson;
            }
        }
        return new ChanceReplicates(n, d, c);
    }

    private static ChanceReplicates drawPublished(
            double[] drawShares,
            double[] popShares,
            long n,
            int replicates,
            long seed,
            boolean withChi2,
            CellPublication publication) {
        if (n <= 0 || replicates < 1) {
            throw new IllegalArgumentException(
                    "need n > 0 and at least one replicate, was " + n + " and " + replicates);
        }
        MultinomialSampler multinomial = new MultinomialSampler(RandomSource.SPLIT_MIX_64.create(seed), drawShares, n);
        UniformRandomProvider keys = RandomSource.SPLIT_MIX_64.create(seed ^ KEY_STREAM);
        int k = popShares.length;
        double[] d = new double[replicates];
        double[] c = withChi2 ? new double[replicates] : null;
        long[] sample = new long[k];
        for (int b = 0; b < replicates; b++) {
            multinomial.draw(sample);
            long total = 0;
            for (int i = 0; i < k; i++) {
                int key = keys.nextInt();
                if (popShares[i] > 0) {
                    sample[i] = publication.publish(sample[i], key);
                }
                total += sample[i];
            }
            double absolute = 0;
            double pearson = 0;
            for (int i = 0; i < k; i++) {
                double expected = total * popShares[i];
                double deviation = sample[i] - expected;
                absolute += Math.abs(deviation);
                if (withChi2 && expected > 0) {
                    pearson += deviation * deviation / expected;
                }
            }
            d[b] = absolute / (2.0 * total);
            if (withChi2) {
                c[b] = pearson;
            }
        }
        return new ChanceReplicates(n, d, c);
    }

    /** The sample size every replicate has. */
    public long n() {
        return n;
    }

    public int replicates() {
        return dissimilarity.length;
    }

    /** D* of each replicate (not a copy: read only). */
    double[] dissimilarity() {
        return dissimilarity;
    }

    /** χ²* of each replicate (not a copy: read only); null when not drawn for it. */
    double[] chi2() {
        return chi2;
    }
}
