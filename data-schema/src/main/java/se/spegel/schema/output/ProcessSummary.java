package se.spegel.schema.output;

/**
 * A row of {@code process_summary}: one process at one funnel stage; null counts are suppressed.
 * The {@code stageChange…} fields read the stage's mean D against random draws of its size from
 * the stage before (null on the first stage and where it cannot be drawn).
 */
public record ProcessSummary(
        String processId,
        String name,
        String method,
        String areaCode,
        String areaName,
        int period,
        Integer minAge,
        Integer maxAge,
        String stage,
        int stageIndex,
        Double n,
        Long nOutsideArea,
        Long nOutsideEligibility,
        Double meanDissimilarity,
        Double deltaDissimilarity,
        Double rIndicator,
        Double stageChangeExpectedDissimilarity,
        Double stageChangePWorse,
        Double stageChangePBetter,
        String stageChangeVerdict) {

    /** A row without the funnel-against-chance fields. */
    public ProcessSummary(
            String processId,
            String name,
            String method,
            String areaCode,
            String areaName,
            int period,
            Integer minAge,
            Integer maxAge,
            String stage,
            int stageIndex,
            Double n,
            Long nOutsideArea,
            Long nOutsideEligibility,
            Double meanDissimilarity,
            Double deltaDissimilarity,
            Double rIndicator) {
        this(
                processId,
                name,
                method,
                areaCode,
                areaName,
                period,
                minAge,
                maxAge,
                stage,
                stageIndex,
                n,
                nOutsideArea,
                nOutsideEligibility,
                meanDissimilarity,
                deltaDissimilarity,
                rIndicator,
                null,
                null,
                null,
                null);
    }

    /** The same row with these counts (null = suppressed). */
    public ProcessSummary withCounts(Double total, Long outsideArea, Long outsideEligibility) {
        return new ProcessSummary(
                processId,
                name,
                method,
                areaCode,
                areaName,
                period,
                minAge,
                maxAge,
                stage,
                stageIndex,
                total,
                outsideArea,
                outsideEligibility,
                meanDissimilarity,
                deltaDissimilarity,
                rIndicator,
                stageChangeExpectedDissimilarity,
                stageChangePWorse,
                stageChangePBetter,
                stageChangeVerdict);
    }
}
