package se.spegel.reports;

/**
 * One row of {@code dimension_summary.csv}: a dimension at a funnel stage of a process. Numbers are
 * {@code null} when the cell is empty (not computed); so are the universe ages when unrestricted.
 * {@code verdict} is the chance-baseline verdict, null in metrics written before that column.
 */
public record DimensionSummaryRow(
    String processId,
    String method,
    String stage,
    String dimension,
    Double nValid,
    Double nMissing,
    Double nNoCounterpart,
    Double dissimilarity,
    Double hellinger,
    Double chi2,
    Double df,
    Double pValue,
    Double cohensW,
    Double maxAbsGapPp,
    String worstCategory,
    String populationTable,
    Integer universeMinAge,
    Integer universeMaxAge,
    Double nOutsideUniverse,
    String verdict) {
}
