package se.spegel.reports.model;

/**
 * One row of {@code stage_changes.csv}: a plain dimension at a funnel stage read against random
 * draws of the stage's size from {@code previousStage}; {@code verdict} is
 * {@code worse_than_chance}, {@code as_chance} or {@code better_than_chance}.
 */
public record StageChangeRow(
    String processId,
    String stage,
    String previousStage,
    String dimension,
    Double dissimilarity,
    Double previousDissimilarity,
    Double expectedDissimilarity,
    Double pWorse,
    Double pBetter,
    String verdict) {
}
