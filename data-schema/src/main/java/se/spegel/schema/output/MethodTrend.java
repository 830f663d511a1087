package se.spegel.schema.output;

/** A row of {@code method_comparison_trend}: D of one method and dimension over the processes of one year (period). */
public record MethodTrend(
        String method,
        String dimension,
        int period,
        int nProcesses,
        double meanDissimilarity,
        double medianDissimilarity) {}
