package se.spegel.schema.output;

/**
 * A row of {@code stage_changes}: one dimension of one funnel stage read against random draws of
 * the stage's size from the stage before. D values are of head counts; null = not drawn.
 */
public record StageChange(
        String processId,
        String method,
        String stage,
        int stageIndex,
        String previousStage,
        String dimension,
        Double dissimilarity,
        Double previousDissimilarity,
        Double stageChangeExpectedDissimilarity,
        Double stageChangePWorse,
        Double stageChangePBetter,
        String stageChangeVerdict) {}
