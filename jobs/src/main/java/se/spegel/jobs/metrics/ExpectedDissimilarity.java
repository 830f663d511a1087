package se.spegel.jobs.metrics;

/**
 * The expected dissimilarity index of n people drawn at random: E[D] = ½ Σ_k E|X_k/n − p_k| with
 * (X_k) ~ Multinomial(n, s), each X_k ~ Binomial(n, s_k) by itself (the expectation of a sum needs
 * only the marginals), so it is exact with no simulation.
 *
 * <p>With s = p (the population shares) it is what a simple random sample of the residents of the
 * same size gives: D's chance level, which is far from 0 for small groups (about 0.16 for n = 40 in
 * eight age bands). With s = the observed shares it is the mean of an infinite bootstrap of D,
 * which {@link CorrectedDissimilarity} uses.
 */
public final class ExpectedDissimilarity {
    private ExpectedDissimilarity() {}

    /** E[D] under simple random sampling of {@code n} from a population with shares {@code popShares}. */
    public static double underChance(long n, double[] popShares) {
        return of(n, popShares, popShares);
    }

    /** E[½ Σ_k |X_k/n − p_k|] for X ~ Multinomial(n, drawShares) and p = {@code popShares}. */
    public static double of(long n, double[] drawShares, double[] popShares) {
        if (n <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < popShares.length; k++) {
            sum += BinomialAbsoluteDeviation.of(n, drawShares[k], n * popShares[k]);
        }
        return sum / (2.0 * n);
    }
}
