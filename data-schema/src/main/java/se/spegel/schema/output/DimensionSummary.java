package se.spegel.schema.output;

/**
 * A row of {@code dimension_summary}; null = not computed, not defined or suppressed. {@code chance}
 * holds the columns that read D against chance (null: none computed).
 */
public record DimensionSummary(String processId, String method, String stage, String dimension, Long nValid,
                               Long nMissing, Long nNoCounterpart, Double dissimilarity, Double hellinger,
                               Double chi2, Integer df, Double pValue, Double cohensW, Double maxAbsGapPp,
                               String worstCategory, String populationTable, Integer universeMinAge,
                               Integer universeMaxAge, Long nOutsideUniverse, ChanceBaseline chance) {

    /** A row without a chance baseline. */
    public DimensionSummary(String processId, String method, String stage, String dimension, Long nValid,
                            Long nMissing, Long nNoCounterpart, Double dissimilarity, Double hellinger,
                            Double chi2, Integer df, Double pValue, Double cohensW, Double maxAbsGapPp,
                            String worstCategory, String populationTable, Integer universeMinAge,
                            Integer universeMaxAge, Long nOutsideUniverse) {
        this(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart, dissimilarity, hellinger, chi2,
                df, pValue, cohensW, maxAbsGapPp, worstCategory, populationTable, universeMinAge, universeMaxAge,
                nOutsideUniverse, null);
    }

    /** The same row naming another worst category. */
    public DimensionSummary withWorst(Double gapPp, String category) {
        return new DimensionSummary(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart,
                dissimilarity, hellinger, chi2, df, pValue, cohensW, gapPp, category, populationTable, universeMinAge,
                universeMaxAge, nOutsideUniverse, chance);
    }

    /** The same row with these counts (null = suppressed). */
    public DimensionSummary withCounts(Long valid, Long missing, Long noCounterpart, Long outsideUniverse) {
        return new DimensionSummary(processId, method, stage, dimension, valid, missing, noCounterpart, dissimilarity,
                hellinger, chi2, df, pValue, cohensW, maxAbsGapPp, worstCategory, populationTable, universeMinAge,
                universeMaxAge, outsideUniverse, chance);
    }

    /** The same row with this chance baseline. */
    public DimensionSummary withChance(ChanceBaseline baseline) {
        return new DimensionSummary(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart,
                dissimilarity, hellinger, chi2, df, pValue, cohensW, maxAbsGapPp, worstCategory, populationTable,
                universeMinAge, universeMaxAge, nOutsideUniverse, baseline);
    }
}
