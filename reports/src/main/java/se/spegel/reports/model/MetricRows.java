package se.spegel.reports.model;

import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/** What the reports ask of data-schema's metric records beyond their columns. */
public final class MetricRows {

    private MetricRows() {}

    /** Whether the category has a population side: one that only participants named has no pop_share. */
    public static boolean hasCounterpart(CategoryGap row) {
        return row.popShare() != null;
    }

    /** The chance-baseline verdict (worse_large … better_than_chance), or null for metrics written without one. */
    public static String verdict(DimensionSummary row) {
        return row.chance() == null ? null : row.chance().verdict();
    }

    /** The D a random sample of the same size would show, or null for metrics written without the chance columns. */
    public static Double expectedDissimilarity(DimensionSummary row) {
        return row.chance() == null ? null : row.chance().expectedDissimilarity();
    }

    /** A count column as the number the report formats; an empty cell (withheld or not computed) stays null. */
    public static Double count(Long count) {
        return count == null ? null : count.doubleValue();
    }
}
