package se.spegel.schema.output;

/**
 * A row of {@code method_comparison}: the dissimilarity index D of one dimension over every process of
 * one method, each process at its final funnel stage, with percentile bootstrap intervals; then the
 * size-fair summary: D's excess over chance (D − E[D], with its interval), the bias-corrected D, the
 * processes' sizes (participants at the final stage) and how many were judged worse than chance.
 * Size-fair cells are null when the metrics carry no chance baseline.
 */
public record MethodComparison(
        String method,
        String dimension,
        int nProcesses,
        double meanDissimilarity,
        double meanDissimilarityCiLow,
        double meanDissimilarityCiHigh,
        double medianDissimilarity,
        double medianDissimilarityCiLow,
        double medianDissimilarityCiHigh,
        double minDissimilarity,
        double maxDissimilarity,
        double ciLevel,
        int bootstrapSamples,
        long bootstrapSeed,
        Double meanExcess,
        Double meanExcessCiLow,
        Double meanExcessCiHigh,
        Double medianExcess,
        Double meanCorrected,
        Double medianN,
        Double minN,
        Double maxN,
        Integer nWorse) {

    /** A row without the size-fair summary. */
    public MethodComparison(
            String method,
            String dimension,
            int nProcesses,
            double meanDissimilarity,
            double meanDissimilarityCiLow,
            double meanDissimilarityCiHigh,
            double medianDissimilarity,
            double medianDissimilarityCiLow,
            double medianDissimilarityCiHigh,
            double minDissimilarity,
            double maxDissimilarity,
            double ciLevel,
            int bootstrapSamples,
            long bootstrapSeed) {
        this(
                method,
                dimension,
                nProcesses,
                meanDissimilarity,
                meanDissimilarityCiLow,
                meanDissimilarityCiHigh,
                medianDissimilarity,
                medianDissimilarityCiLow,
                medianDissimilarityCiHigh,
                minDissimilarity,
                maxDissimilarity,
                ciLevel,
                bootstrapSamples,
                bootstrapSeed,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
