package se.spegel.reports.model;

import java.util.List;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodGroupReach;
import se.spegel.schema.output.MethodTrend;

/**
 * The tables {@code spegel compare} writes (contract: {@code data-schema/README.md}), as read from a
 * metrics folder: D per method × dimension, group reach, trend by year, and the D of every process.
 */
public record MethodComparisonMetrics(
        List<MethodComparison> dissimilarity,
        List<MethodGroupReach> groups,
        List<MethodTrend> trend,
        List<MethodComparisonProcess> processes) {

    /**
     * Whether a row of method_comparison has the size-fair columns (excess over chance with its interval,
     * median participants, processes worse than chance); tables written before them do not.
     */
    public static boolean sizeFair(MethodComparison row) {
        return row.meanExcess() != null
                && row.meanExcessCiLow() != null
                && row.meanExcessCiHigh() != null
                && row.medianN() != null
                && row.nWorse() != null;
    }
}
