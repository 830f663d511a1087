package se.spegel.schema.output;

/**
 * A row of {@code dimension_summary}; null = not computed, not defined or suppressed. {@code chance}
 * holds the columns that read D against chance (null: none computed). {@code populationSource} says
 * what the participants were compared with: {@link #REGISTER} (a population table's counts) or
 * {@link #SURVEY} (a survey benchmark's shares, resting on {@code surveyN} respondents, from
 * {@code surveySource}); both survey columns are null for a register row.
 */
public record DimensionSummary(
        String processId,
        String method,
        String stage,
        String dimension,
        Long nValid,
        Long nMissing,
        Long nNoCounterpart,
        Double dissimilarity,
        Double hellinger,
        Double chi2,
        Integer df,
        Double pValue,
        Double cohensW,
        Double maxAbsGapPp,
        String worstCategory,
        String populationTable,
        Integer universeMinAge,
        Integer universeMaxAge,
        Long nOutsideUniverse,
        ChanceBaseline chance,
        String populationSource,
        Long surveyN,
        String surveySource) {
    public static final String REGISTER = "register";
    public static final String SURVEY = "survey";

    /** A register row with this chance baseline. */
    public DimensionSummary(
            String processId,
            String method,
            String stage,
            String dimension,
            Long nValid,
            Long nMissing,
            Long nNoCounterpart,
            Double dissimilarity,
            Double hellinger,
            Double chi2,
            Integer df,
            Double pValue,
            Double cohensW,
            Double maxAbsGapPp,
            String worstCategory,
            String populationTable,
            Integer universeMinAge,
            Integer universeMaxAge,
            Long nOutsideUniverse,
            ChanceBaseline chance) {
        this(
                processId,
                method,
                stage,
                dimension,
                nValid,
                nMissing,
                nNoCounterpart,
                dissimilarity,
                hellinger,
                chi2,
                df,
                pValue,
                cohensW,
                maxAbsGapPp,
                worstCategory,
                populationTable,
                universeMinAge,
                universeMaxAge,
                nOutsideUniverse,
                chance,
                REGISTER,
                null,
                null);
    }

    /** Whether the population side is a survey benchmark rather than a register. */
    public boolean surveyBased() {
        return SURVEY.equals(populationSource);
    }

    /** A register row without a chance baseline. */
    public DimensionSummary(
            String processId,
            String method,
            String stage,
            String dimension,
            Long nValid,
            Long nMissing,
            Long nNoCounterpart,
            Double dissimilarity,
            Double hellinger,
            Double chi2,
            Integer df,
            Double pValue,
            Double cohensW,
            Double maxAbsGapPp,
            String worstCategory,
            String populationTable,
            Integer universeMinAge,
            Integer universeMaxAge,
            Long nOutsideUniverse) {
        this(
                processId,
                method,
                stage,
                dimension,
                nValid,
                nMissing,
                nNoCounterpart,
                dissimilarity,
                hellinger,
                chi2,
                df,
                pValue,
                cohensW,
                maxAbsGapPp,
                worstCategory,
                populationTable,
                universeMinAge,
                universeMaxAge,
                nOutsideUniverse,
                null);
    }

    /** The same row naming another worst category. */
    public DimensionSummary withWorst(Double gapPp, String category) {
        return new DimensionSummary(
                processId,
                method,
                stage,
                dimension,
                nValid,
                nMissing,
                nNoCounterpart,
                dissimilarity,
                hellinger,
                chi2,
                df,
                pValue,
                cohensW,
                gapPp,
                category,
                populationTable,
                universeMinAge,
                universeMaxAge,
                nOutsideUniverse,
                chance,
                populationSource,
                surveyN,
                surveySource);
    }

    /** The same row with these counts (null = suppressed). */
    public DimensionSummary withCounts(Long valid, Long missing, Long noCounterpart, Long outsideUniverse) {
        return new DimensionSummary(
                processId,
                method,
                stage,
                dimension,
                valid,
                missing,
                noCounterpart,
                dissimilarity,
                hellinger,
                chi2,
                df,
                pValue,
                cohensW,
                maxAbsGapPp,
                worstCategory,
                populationTable,
                universeMinAge,
                universeMaxAge,
                outsideUniverse,
                chance,
                populationSource,
                surveyN,
                surveySource);
    }

    /** The same row with this chance baseline. */
    public DimensionSummary withChance(ChanceBaseline baseline) {
        return new DimensionSummary(
                processId,
                method,
                stage,
                dimension,
                nValid,
                nMissing,
                nNoCounterpart,
                dissimilarity,
                hellinger,
                chi2,
                df,
                pValue,
                cohensW,
                maxAbsGapPp,
                worstCategory,
                populationTable,
                universeMinAge,
                universeMaxAge,
                nOutsideUniverse,
                baseline,
                populationSource,
                surveyN,
                surveySource);
    }
}
