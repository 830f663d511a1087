package se.spegel.jobs.metrics;

/** Hellinger distance H = sqrt(1 − Σ sqrt(share_k · pop_share_k)), in [0, 1]. */
public final class HellingerDistance {
    private HellingerDistance() {}

    public static double of(double[] shares, double[] popShares) {
        double affinity = 0;
        for (int k = 0; k < shares.length; k++) {
            affinity += Math.sqrt(shares[k] * popShares[k]);
        }
        // rounding can push the Bhattacharyya coefficient a hair above 1
        return Math.sqrt(Math.max(0, 1 - affinity));
    }
}
