package se.spegel.jobs.metrics;

/**
 * Duncan's dissimilarity index D = ½ Σ |share_k − pop_share_k|: the share of participants
 * who would have to be swapped for the participants to mirror the population (0–1).
 */
public final class DissimilarityIndex {
    private DissimilarityIndex() {}

    public static double of(double[] shares, double[] popShares) {
        double sum = 0;
        for (int k = 0; k < shares.length; k++) {
            sum += Math.abs(shares[k] - popShares[k]);
        }
        return sum / 2;
    }
}
