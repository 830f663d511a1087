package se.spegel.jobs.metrics;

import java.util.List;
import java.util.Map;

/**
 * Everything the metrics of one process × stage × dimension are computed from.
 *
 * @param participants counts of participants with a non-missing answer inside the compared universe
 * @param population population count per category (the table's categories, display order); for a
 *                   survey-based dimension the benchmark's categories, each 0 (a survey has no counts)
 * @param survey the survey benchmark that is the population side; null for a register comparison
 */
public record DimensionCounts(
        String processId,
        String method,
        String stage,
        String dimension,
        List<CategoryCount> participants,
        long nMissing,
        long nOutsideUniverse,
        Map<String, Long> population,
        String populationTable,
        Integer universeMinAge,
        Integer universeMaxAge,
        SurveyShares survey) {

    /** A comparison with a register's counts. */
    public DimensionCounts(
            String processId,
            String method,
            String stage,
            String dimension,
            List<CategoryCount> participants,
            long nMissing,
            long nOutsideUniverse,
            Map<String, Long> population,
            String populationTable,
            Integer universeMinAge,
            Integer universeMaxAge) {
        this(
                processId,
                method,
                stage,
                dimension,
                participants,
                nMissing,
                nOutsideUniverse,
                population,
                populationTable,
                universeMinAge,
                universeMaxAge,
                null);
    }
}
