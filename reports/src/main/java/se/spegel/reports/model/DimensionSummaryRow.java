package se.spegel.reports.model;

/**
 * One row of {@code dimension_summary.csv}: a dimension at a funnel stage of a process. Numbers are
 * {@code null} when the cell is empty (not computed); so are the universe ages when unrestricted, and
 * the chance columns ({@code expected_dissimilarity} … {@code verdict}) of files written before them.
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
    Double expectedDissimilarity,
    Double pRandom,
    Double pRandomLower,
    Double excess,
    Double corrected,
    Double ciLow,
    Double ciHigh,
    String verdict,
    String populationSource,
    Double surveyN,
    String surveySource) {

  /** A row of the columns up to the verdict (files written before population_source existed: a register). */
  public DimensionSummaryRow(String processId, String method, String stage, String dimension, Double nValid,
      Double nMissing, Double nNoCounterpart, Double dissimilarity, Double hellinger, Double chi2, Double df,
      Double pValue, Double cohensW, Double maxAbsGapPp, String worstCategory, String populationTable,
      Integer universeMinAge, Integer universeMaxAge, Double nOutsideUniverse, Double expectedDissimilarity,
      Double pRandom, Double pRandomLower, Double excess, Double corrected, Double ciLow, Double ciHigh,
      String verdict) {
    this(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart, dissimilarity, hellinger, chi2, df,
        pValue, cohensW, maxAbsGapPp, worstCategory, populationTable, universeMinAge, universeMaxAge,
        nOutsideUniverse, expectedDissimilarity, pRandom, pRandomLower, excess, corrected, ciLow, ciHigh, verdict,
        null, null, null);
  }

  /** Whether the dimension was compared with a survey benchmark rather than a register (population_source). */
  public boolean surveyBased() {
    return "survey".equals(populationSource);
  }

  /** A row without the chance columns. */
  public DimensionSummaryRow(String processId, String method, String stage, String dimension, Double nValid,
      Double nMissing, Double nNoCounterpart, Double dissimilarity, Double hellinger, Double chi2, Double df,
      Double pValue, Double cohensW, Double maxAbsGapPp, String worstCategory, String populationTable,
      Integer universeMinAge, Integer universeMaxAge, Double nOutsideUniverse) {
    this(processId, method, stage, dimension, nValid, nMissing, nNoCounterpart, dissimilarity, hellinger, chi2, df,
        pValue, cohensW, maxAbsGapPp, worstCategory, populationTable, universeMinAge, universeMaxAge,
        nOutsideUniverse, null, null, null, null, null, null, null, null, null, null, null);
  }
}
