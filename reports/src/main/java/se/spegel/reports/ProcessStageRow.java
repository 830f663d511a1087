package se.spegel.reports;

/**
 * One row of {@code process_summary.csv}: a process at one funnel stage. Numbers are {@code null}
 * when the cell is empty.
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
    Double rIndicator) {
}
