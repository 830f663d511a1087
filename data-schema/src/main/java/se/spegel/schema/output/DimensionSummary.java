package se.spegel.schema.output;

/** A row of {@code dimension_summary}; null = not computed or not defined. */
public record DimensionSummary(String processId, String method, String stage, String dimension, long nValid,
                               long nMissing, long nNoCounterpart, Double dissimilarity, Double hellinger,
                               Double chi2, Integer df, Double pValue, Double cohensW, Double maxAbsGapPp,
                               String worstCategory, String populationTable, Integer universeMinAge,
                               Integer universeMaxAge, long nOutsideUniverse) {}
