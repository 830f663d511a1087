package se.spegel.jobs.metrics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import se.spegel.jobs.disclosure.CellPublication;

/**
 * B pairs of samples drawn at once, the participants' X ~ Multinomial(n, a) and a survey's
 * Y ~ Multinomial(m, b), with the statistics a survey-based dimension is tested by:
 * D* = ½ Σ_k |X_k/n − Y_k/m| and Pearson's χ²* of homogeneity of the 2 × K table (X; Y)
 * ({@link ChiSquareHomogeneity#statistic}). Under the two-sample null a = b = the pooled shares; for
 * the bootstrap of the corrected D, a = the participants' shares and b = the survey's.
 *
 * <p>As in {@link ChanceReplicates}: each side on its own seeded SplitMix64 stream, so runs repeat;
 * under disclosure control the participants' cells are published as real ones are (a uniform key
 * per cell, {@link CellPublication}) and D* is over their published total. The survey's counts are
 * not perturbed: its shares are published statistics, and nothing of the participants is in them.
 */
public final class TwoSampleReplicates {
    /** Seeds the survey side's stream apart from the participants' (a fixed odd constant, 2⁶⁴/π). */
    private static final long SURVEY_STREAM = 0x517CC1B727220A95L;

    private TwoSampleReplicates() {}

    /**
     * @param withChi2    whether χ²* is needed (not for a bootstrap)
     * @param publication how the participants' cells were published; null or not changing counts: as drawn
     */
    public static ChanceReplicates draw(
            double[] a,
            long n,
            double[] b,
            long m,
            int replicates,
            long seed,
            boolean withChi2,
            CellPublication publication) {
        if (n <= 0 || m <= 0 || replicates < 1) {
            throw new IllegalArgumentException(
                    "need n, m > 0 and at least one replicate, was " + n + ", " + m + " and " + replicates);
        }
        MultinomialSampler participants = new MultinomialSampler(RandomSource.SPLIT_MIX_64.create(seed), a, n);
        MultinomialSampler survey =
                new MultinomialSampler(RandomSource.SPLIT_MIX_64.create(seed ^ SURVEY_STREAM), b, m);
        boolean published = publication != null && publication.changesCounts();
        UniformRandomProvider keys =
                published ? RandomSource.SPLIT_MIX_64.create(seed ^ ChanceReplicates.KEY_STREAM) : null;
        int k = a.length;
        long[] x = new long[k];
        long[] y = new long[k];
        double[] d = new double[replicates];
        double[] c = withChi2 ? new double[replicates] : null;
        for (int r = 0; r < replicates; r++) {
            participants.draw(x);
            survey.draw(y);
            long total = n;
            if (published) {
                total = 0;
                for (int i = 0; i < k; i++) {
                    int key = keys.nextInt();
                    if (b[i] > 0) { // a category the survey lacks has no row to publish, as in ChanceReplicates
                        x[i] = publication.publish(x[i], key);
                    }
                    total += x[i];
                }
            }
            double absolute = 0;
            for (int i = 0; i < k; i++) {
                absolute += Math.abs((double) x[i] / total - (double) y[i] / m);
            }
            d[r] = absolute / 2;
            if (withChi2) {
                c[r] = ChiSquareHomogeneity.statistic(toDouble(x), toDouble(y));
            }
        }
        return ChanceReplicates.of(n, d, c);
    }

    private static double[] toDouble(long[] counts) {
        double[] result = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            result[i] = counts[i];
        }
        return result;
    }
}
