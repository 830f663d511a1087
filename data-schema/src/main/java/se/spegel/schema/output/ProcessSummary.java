package se.spegel.schema.output;

/** A row of {@code process_summary}: one process at one funnel stage. */
public record ProcessSummary(String processId, String name, String method, String areaCode, String areaName,
                             int period, Integer minAge, Integer maxAge, String stage, int stageIndex, double n,
                             long nOutsideArea, long nOutsideEligibility, Double meanDissimilarity,
                             Double deltaDissimilarity, Double rIndicator) {}
