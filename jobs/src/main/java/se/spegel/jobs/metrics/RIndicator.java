package se.spegel.jobs.metrics;

/**
 * Representativeness indicator R = 1 − 2·S(ρ) (Schouten, Cobben and Bethlehem 2009) of a
 * random invitation: ρ are response propensities, estimated as the response rate of each
 * cell of auxiliary variables known for everyone invited, and
 * S²(ρ) = 1/(n − 1) · Σ_c n_c (ρ_c − ρ̄)² over the n invited. R = 1 when every cell responds
 * at the same rate; lower when response depends on the auxiliaries.
 */
public final class RIndicator {
    private RIndicator() {}

    /** Null when fewer than two people were invited. */
    public static Double of(long[] invited, long[] responded) {
        long n = 0;
        long r = 0;
        for (int c = 0; c < invited.length; c++) {
            if (responded[c] > invited[c]) {
                throw new IllegalArgumentException("more responded than invited in cell " + c);
            }
            n += invited[c];
            r += responded[c];
        }
        if (n < 2) {
            return null;
        }
        double mean = (double) r / n;
        double sumSquares = 0;
        for (int c = 0; c < invited.length; c++) {
            if (invited[c] > 0) {
                double propensity = (double) responded[c] / invited[c];
                sumSquares += invited[c] * (propensity - mean) * (propensity - mean);
            }
        }
        return 1 - 2 * Math.sqrt(sumSquares / (n - 1));
    }
}
