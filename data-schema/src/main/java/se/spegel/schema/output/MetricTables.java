package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;
import static se.spegel.schema.output.ColumnType.*;

/** The output contracts: every metric table's columns, in order, with their types. */
public final class MetricTables {
    private MetricTables() {}

    public static final OutputTable<CategoryGap> CATEGORY_GAPS = new OutputTable<CategoryGap>("category_gaps")
            .column(PROCESS_ID, STRING, CategoryGap::processId)
            .column(METHOD, STRING, CategoryGap::method)
            .column(STAGE, STRING, CategoryGap::stage)
            .column(DIMENSION, STRING, CategoryGap::dimension)
            .column(CATEGORY, STRING, CategoryGap::category)
            .column(N, DOUBLE, CategoryGap::n)
            .column(SHARE, DOUBLE, CategoryGap::share)
            .column(SHARE_CI_LOW, DOUBLE, CategoryGap::shareCiLow)
            .column(SHARE_CI_HIGH, DOUBLE, CategoryGap::shareCiHigh)
            .column(POP_COUNT, LONG, CategoryGap::popCount)
            .column(POP_SHARE, DOUBLE, CategoryGap::popShare)
            .column(GAP_PP, DOUBLE, CategoryGap::gapPp)
            .column(RATIO, DOUBLE, CategoryGap::ratio)
            .column(PER_1000, DOUBLE, CategoryGap::per1000)
            .column(P_VALUE, DOUBLE, CategoryGap::pValue)
            .column(SIGNIFICANT, BOOLEAN, CategoryGap::significant)
            .column(SUPPRESSED, BOOLEAN, CategoryGap::suppressed);

    public static final OutputTable<DimensionSummary> DIMENSION_SUMMARY =
            new OutputTable<DimensionSummary>("dimension_summary")
            .column(PROCESS_ID, STRING, DimensionSummary::processId)
            .column(METHOD, STRING, DimensionSummary::method)
            .column(STAGE, STRING, DimensionSummary::stage)
            .column(DIMENSION, STRING, DimensionSummary::dimension)
            .column(N_VALID, LONG, DimensionSummary::nValid)
            .column(N_MISSING, LONG, DimensionSummary::nMissing)
            .column(N_NO_COUNTERPART, LONG, DimensionSummary::nNoCounterpart)
            .column(DISSIMILARITY, DOUBLE, DimensionSummary::dissimilarity)
            .column(HELLINGER, DOUBLE, DimensionSummary::hellinger)
            .column(CHI2, DOUBLE, DimensionSummary::chi2)
            .column(DF, INT, DimensionSummary::df)
            .column(P_VALUE, DOUBLE, DimensionSummary::pValue)
            .column(COHENS_W, DOUBLE, DimensionSummary::cohensW)
            .column(MAX_ABS_GAP_PP, DOUBLE, DimensionSummary::maxAbsGapPp)
            .column(WORST_CATEGORY, STRING, DimensionSummary::worstCategory)
            .column(POPULATION_TABLE, STRING, DimensionSummary::populationTable)
            .column(UNIVERSE_MIN_AGE, INT, DimensionSummary::universeMinAge)
            .column(UNIVERSE_MAX_AGE, INT, DimensionSummary::universeMaxAge)
            .column(N_OUTSIDE_UNIVERSE, LONG, DimensionSummary::nOutsideUniverse);

    public static final OutputTable<ProcessSummary> PROCESS_SUMMARY =
            new OutputTable<ProcessSummary>("process_summary")
            .column(PROCESS_ID, STRING, ProcessSummary::processId)
            .column(NAME, STRING, ProcessSummary::name)
            .column(METHOD, STRING, ProcessSummary::method)
            .column(AREA_CODE, STRING, ProcessSummary::areaCode)
            .column(AREA_NAME, STRING, ProcessSummary::areaName)
            .column(PERIOD, INT, ProcessSummary::period)
            .column(MIN_AGE, INT, ProcessSummary::minAge)
            .column(MAX_AGE, INT, ProcessSummary::maxAge)
            .column(STAGE, STRING, ProcessSummary::stage)
            .column(STAGE_INDEX, INT, ProcessSummary::stageIndex)
            .column(N, DOUBLE, ProcessSummary::n)
            .column(N_OUTSIDE_AREA, LONG, ProcessSummary::nOutsideArea)
            .column(N_OUTSIDE_ELIGIBILITY, LONG, ProcessSummary::nOutsideEligibility)
            .column(MEAN_DISSIMILARITY, DOUBLE, ProcessSummary::meanDissimilarity)
            .column(DELTA_DISSIMILARITY, DOUBLE, ProcessSummary::deltaDissimilarity)
            .column(R_INDICATOR, DOUBLE, ProcessSummary::rIndicator);

    /** Names of the areas that appear as process targets or districts, so reports can label them. */
    public static final OutputTable<AreaName> AREA_NAMES = new OutputTable<AreaName>("area_names")
            .column(AREA_CODE, STRING, AreaName::areaCode)
            .column(NAME, STRING, AreaName::name)
            .column(LEVEL, STRING, AreaName::level);
}
