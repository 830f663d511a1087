package se.spegel.schema.output;

/**
 * A row of {@code method_comparison_processes}: the D that entered the comparison for one process and
 * dimension, at the process's final funnel stage (the data behind the box plots), with the process's
 * size there ({@code n}, participants; null when withheld) and D's chance baseline (null without one).
 */
public record MethodComparisonProcess(
        String processId,
        String method,
        String areaCode,
        int period,
        String stage,
        String dimension,
        double dissimilarity,
        Double n,
        Double expectedDissimilarity,
        Double excess,
        Double corrected,
        String verdict) {

    /** A row without size and chance baseline. */
    public MethodComparisonProcess(
            String processId,
            String method,
            String areaCode,
            int period,
            String stage,
            String dimension,
            double dissimilarity) {
        this(processId, method, areaCode, period, stage, dimension, dissimilarity, null, null, null, null, null);
    }
}
