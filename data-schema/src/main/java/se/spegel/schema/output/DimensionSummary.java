package se.spegel.schema.output;

/** A row of {@code dimension_summary}; null = not computed, not defined or suppressed. */
public record DimensionSummary(String processId, String method, String stage, String dimension, Long nValid,
                               Long nMissing, Long nNoCounterpart, Double dissimilarity, Double hellinger,
                               Double chi2, Integer df, Double pValue, Double cohensW, Double maxAbsGapPp,
                               String worstCategory, String populationTable, Integer universeMinAge,
                               Integer universeMaxAge, Long nOutsideUniverse) {

    /** The same row naming another worst category. */
    public DimensionSummary withWorst(Double gapPp, String category) {
        return new DimensionSummary(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart,
                dissimilarity, hellinger, chi2, df, pValue, cohensW, gapPp, category, populationTable, universeMinAge,
                universeMaxAge, nOutsideUniverse);
    }

    /** The same row with these counts (null = suppressed). */
    public DimensionSummary withCounts(Long valid, Long missing, Long noCounterpart, Long outsideUniverse) {
        return new DimensionSummary(processId, method, stage, dimension, valid, missing, noCounterpart, dissimilarity,
                hellinger, chi2, df, pValue, cohensW, maxAbsGapPp, worstCategory, populationTable, universeMinAge,
                universeMaxAge, outsideUniverse);
    }
}
