package se.spegel.schema.output;

/** A row of {@code process_summary}: one process at one funnel stage; null counts are suppressed. */
public record ProcessSummary(String processId, String name, String method, String areaCode, String areaName,
                             int period, Integer minAge, Integer maxAge, String stage, int stageIndex, Double n,
                             Long nOutsideArea, Long nOutsideEligibility, Double meanDissimilarity,
                             Double deltaDissimilarity, Double rIndicator) {

    /** The same row with these counts (null = suppressed). */
    public ProcessSummary withCounts(Double total, Long outsideArea, Long outsideEligibility) {
        return new ProcessSummary(processId, name, method, areaCode, areaName, period, minAge, maxAge, stage,
                stageIndex, total, outsideArea, outsideEligibility, meanDissimilarity, deltaDissimilarity, rIndicator);
    }
}
