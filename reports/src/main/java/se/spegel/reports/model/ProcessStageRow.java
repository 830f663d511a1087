package se.spegel.reports.model;

/**
 * One row of {@code process_summary.csv}: a process at one funnel stage. Numbers are {@code null}
 * when the cell is empty. The {@code stageChange…} fields read the stage's mean D against random
 * draws of its size from the stage before (empty on the first stage, and in older metric folders).
 */
public record ProcessStageRow(
    String processId,
    String name,
    String method,
    String areaCode,
    String areaName,
    Integer period,
    Integer minAge,
    Integer maxAge,
    String stage,
    int stageIndex,
    Double n,
    Double nOutsideArea,
    Double nOutsideEligibility,
    Double meanDissimilarity,
    Double deltaDissimilarity,
    Double rIndicator,
    Double stageChangeExpectedDissimilarity,
    Double stageChangePWorse,
    Double stageChangePBetter,
    String stageChangeVerdict) {

  /** A row without the funnel-against-chance columns. */
  public ProcessStageRow(String processId, String name, String method, String areaCode, String areaName,
      Integer period, Integer minAge, Integer maxAge, String stage, int stageIndex, Double n, Double nOutsideArea,
      Double nOutsideEligibility, Double meanDissimilarity, Double deltaDissimilarity, Double rIndicator) {
    this(processId, name, method, areaCode, areaName, period, minAge, maxAge, stage, stageIndex, n, nOutsideArea,
        nOutsideEligibility, meanDissimilarity, deltaDissimilarity, rIndicator, null, null, null, null);
  }
}
