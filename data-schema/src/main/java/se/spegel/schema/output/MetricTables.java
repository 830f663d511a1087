package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;
import static se.spegel.schema.output.ColumnType.*;

import java.util.function.Function;

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

    public static final OutputTable<DimensionSummary> DIMENSION_SUMMARY = new OutputTable<DimensionSummary>(
                    "dimension_summary")
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
            .column(N_OUTSIDE_UNIVERSE, LONG, DimensionSummary::nOutsideUniverse)
            .column(EXPECTED_DISSIMILARITY, DOUBLE, chance(ChanceBaseline::expectedDissimilarity))
            .column(DISSIMILARITY_P_RANDOM, DOUBLE, chance(ChanceBaseline::pRandom))
            .column(DISSIMILARITY_P_RANDOM_LOWER, DOUBLE, chance(ChanceBaseline::pRandomLower))
            .column(DISSIMILARITY_EXCESS, DOUBLE, chance(ChanceBaseline::excess))
            .column(DISSIMILARITY_CORRECTED, DOUBLE, chance(ChanceBaseline::corrected))
            .column(DISSIMILARITY_CI_LOW, DOUBLE, chance(ChanceBaseline::ciLow))
            .column(DISSIMILARITY_CI_HIGH, DOUBLE, chance(ChanceBaseline::ciHigh))
            .column(VERDICT, STRING, chance(ChanceBaseline::verdict))
            // appended (issue 18): what the population side is, so older readers of the columns above are unaffected
            .column(POPULATION_SOURCE, STRING, DimensionSummary::populationSource)
            .column(SURVEY_N, LONG, DimensionSummary::surveyN)
            .column(SURVEY_SOURCE, STRING, DimensionSummary::surveySource);

    /** A chance-baseline cell of a dimension_summary row; empty when the row has none. */
    private static Function<DimensionSummary, Object> chance(Function<ChanceBaseline, Object> cell) {
        return s -> s.chance() == null ? null : cell.apply(s.chance());
    }

    public static final OutputTable<ProcessSummary> PROCESS_SUMMARY = new OutputTable<ProcessSummary>("process_summary")
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
            .column(R_INDICATOR, DOUBLE, ProcessSummary::rIndicator)
            .column(STAGE_CHANGE_EXPECTED_DISSIMILARITY, DOUBLE, ProcessSummary::stageChangeExpectedDissimilarity)
            .column(STAGE_CHANGE_P_WORSE, DOUBLE, ProcessSummary::stageChangePWorse)
            .column(STAGE_CHANGE_P_BETTER, DOUBLE, ProcessSummary::stageChangePBetter)
            .column(STAGE_CHANGE_VERDICT, STRING, ProcessSummary::stageChangeVerdict);

    /** Per funnel stage after the first and plain dimension: its D against random draws from the stage before. */
    public static final OutputTable<StageChange> STAGE_CHANGES = new OutputTable<StageChange>("stage_changes")
            .column(PROCESS_ID, STRING, StageChange::processId)
            .column(METHOD, STRING, StageChange::method)
            .column(STAGE, STRING, StageChange::stage)
            .column(STAGE_INDEX, INT, StageChange::stageIndex)
            .column(PREVIOUS_STAGE, STRING, StageChange::previousStage)
            .column(DIMENSION, STRING, StageChange::dimension)
            .column(DISSIMILARITY, DOUBLE, StageChange::dissimilarity)
            .column(PREVIOUS_DISSIMILARITY, DOUBLE, StageChange::previousDissimilarity)
            .column(STAGE_CHANGE_EXPECTED_DISSIMILARITY, DOUBLE, StageChange::stageChangeExpectedDissimilarity)
            .column(STAGE_CHANGE_P_WORSE, DOUBLE, StageChange::stageChangePWorse)
            .column(STAGE_CHANGE_P_BETTER, DOUBLE, StageChange::stageChangePBetter)
            .column(STAGE_CHANGE_VERDICT, STRING, StageChange::stageChangeVerdict);

    /** Partial R-indicators of the response stage of every random invitation (invited > responded). */
    public static final OutputTable<ResponseIndicator> RESPONSE_INDICATORS = new OutputTable<ResponseIndicator>(
                    "response_indicators")
            .column(PROCESS_ID, STRING, ResponseIndicator::processId)
            .column(METHOD, STRING, ResponseIndicator::method)
            .column(STAGE, STRING, ResponseIndicator::stage)
            .column(MODEL, STRING, ResponseIndicator::model)
            .column(VARIABLE, STRING, ResponseIndicator::variable)
            .column(CATEGORY, STRING, ResponseIndicator::category)
            .column(PARTIAL_UNCONDITIONAL, DOUBLE, ResponseIndicator::partialUnconditional)
            .column(PARTIAL_UNCONDITIONAL_SE, DOUBLE, ResponseIndicator::partialUnconditionalSe)
            .column(PARTIAL_CONDITIONAL, DOUBLE, ResponseIndicator::partialConditional)
            .column(PARTIAL_CONDITIONAL_SE, DOUBLE, ResponseIndicator::partialConditionalSe)
            .column(RESPONSE_RATE, DOUBLE, ResponseIndicator::responseRate)
            .column(PROPENSITY_CV, DOUBLE, ResponseIndicator::propensityCv)
            .column(PROPENSITY_CV_SE, DOUBLE, ResponseIndicator::propensityCvSe)
            .column(SUPPRESSED, BOOLEAN, ResponseIndicator::suppressed);

    /** Names of the areas that appear as process targets or districts, so reports can label them. */
    public static final OutputTable<AreaName> AREA_NAMES = new OutputTable<AreaName>("area_names")
            .column(AREA_CODE, STRING, AreaName::areaCode)
            .column(NAME, STRING, AreaName::name)
            .column(LEVEL, STRING, AreaName::level);

    /** D per method and dimension over processes at their final stage, with bootstrap intervals. */
    public static final OutputTable<MethodComparison> METHOD_COMPARISON = new OutputTable<MethodComparison>(
                    "method_comparison")
            .column(METHOD, STRING, MethodComparison::method)
            .column(DIMENSION, STRING, MethodComparison::dimension)
            .column(N_PROCESSES, INT, MethodComparison::nProcesses)
            .column(MEAN_DISSIMILARITY, DOUBLE, MethodComparison::meanDissimilarity)
            .column(MEAN_DISSIMILARITY_CI_LOW, DOUBLE, MethodComparison::meanDissimilarityCiLow)
            .column(MEAN_DISSIMILARITY_CI_HIGH, DOUBLE, MethodComparison::meanDissimilarityCiHigh)
            .column(MEDIAN_DISSIMILARITY, DOUBLE, MethodComparison::medianDissimilarity)
            .column(MEDIAN_DISSIMILARITY_CI_LOW, DOUBLE, MethodComparison::medianDissimilarityCiLow)
            .column(MEDIAN_DISSIMILARITY_CI_HIGH, DOUBLE, MethodComparison::medianDissimilarityCiHigh)
            .column(MIN_DISSIMILARITY, DOUBLE, MethodComparison::minDissimilarity)
            .column(MAX_DISSIMILARITY, DOUBLE, MethodComparison::maxDissimilarity)
            .column(CI_LEVEL, DOUBLE, MethodComparison::ciLevel)
            .column(BOOTSTRAP_SAMPLES, INT, MethodComparison::bootstrapSamples)
            .column(BOOTSTRAP_SEED, LONG, MethodComparison::bootstrapSeed)
            .column(MEAN_EXCESS, DOUBLE, MethodComparison::meanExcess)
            .column(MEAN_EXCESS_CI_LOW, DOUBLE, MethodComparison::meanExcessCiLow)
            .column(MEAN_EXCESS_CI_HIGH, DOUBLE, MethodComparison::meanExcessCiHigh)
            .column(MEDIAN_EXCESS, DOUBLE, MethodComparison::medianExcess)
            .column(MEAN_CORRECTED, DOUBLE, MethodComparison::meanCorrected)
            .column(MEDIAN_N, DOUBLE, MethodComparison::medianN)
            .column(MIN_N, DOUBLE, MethodComparison::minN)
            .column(MAX_N, DOUBLE, MethodComparison::maxN)
            .column(N_WORSE, INT, MethodComparison::nWorse);

    /** Per method and group: how often the group was significantly under- or over-represented. */
    public static final OutputTable<MethodGroupReach> METHOD_COMPARISON_GROUPS = new OutputTable<MethodGroupReach>(
                    "method_comparison_groups")
            .column(METHOD, STRING, MethodGroupReach::method)
            .column(DIMENSION, STRING, MethodGroupReach::dimension)
            .column(CATEGORY, STRING, MethodGroupReach::category)
            .column(N_PROCESSES, INT, MethodGroupReach::nProcesses)
            .column(N_TESTED, INT, MethodGroupReach::nTested)
            .column(N_UNDER, INT, MethodGroupReach::nUnder)
            .column(SHARE_UNDER, DOUBLE, MethodGroupReach::shareUnder)
            .column(N_OVER, INT, MethodGroupReach::nOver)
            .column(SHARE_OVER, DOUBLE, MethodGroupReach::shareOver)
            .column(N_WITHHELD, INT, MethodGroupReach::nWithheld)
            .column(MEDIAN_RATIO, DOUBLE, MethodGroupReach::medianRatio)
            .column(RANK, INT, MethodGroupReach::rank);

    /** D per method, dimension and year. */
    public static final OutputTable<MethodTrend> METHOD_COMPARISON_TREND = new OutputTable<MethodTrend>(
                    "method_comparison_trend")
            .column(METHOD, STRING, MethodTrend::method)
            .column(DIMENSION, STRING, MethodTrend::dimension)
            .column(PERIOD, INT, MethodTrend::period)
            .column(N_PROCESSES, INT, MethodTrend::nProcesses)
            .column(MEAN_DISSIMILARITY, DOUBLE, MethodTrend::meanDissimilarity)
            .column(MEDIAN_DISSIMILARITY, DOUBLE, MethodTrend::medianDissimilarity);

    /** The D of every process and dimension that entered the comparison, at the process's final stage. */
    public static final OutputTable<MethodComparisonProcess> METHOD_COMPARISON_PROCESSES = new OutputTable<
                    MethodComparisonProcess>("method_comparison_processes")
            .column(PROCESS_ID, STRING, MethodComparisonProcess::processId)
            .column(METHOD, STRING, MethodComparisonProcess::method)
            .column(AREA_CODE, STRING, MethodComparisonProcess::areaCode)
            .column(PERIOD, INT, MethodComparisonProcess::period)
            .column(STAGE, STRING, MethodComparisonProcess::stage)
            .column(DIMENSION, STRING, MethodComparisonProcess::dimension)
            .column(DISSIMILARITY, DOUBLE, MethodComparisonProcess::dissimilarity)
            .column(N, DOUBLE, MethodComparisonProcess::n)
            .column(EXPECTED_DISSIMILARITY, DOUBLE, MethodComparisonProcess::expectedDissimilarity)
            .column(DISSIMILARITY_EXCESS, DOUBLE, MethodComparisonProcess::excess)
            .column(DISSIMILARITY_CORRECTED, DOUBLE, MethodComparisonProcess::corrected)
            .column(VERDICT, STRING, MethodComparisonProcess::verdict);

    /**
     * A citizens' assembly's quotas per stage from the pool on: the pool stage (the one before
     * {@code selected}) carries n and the population share only, the later stages whether each
     * quota holds. See data-schema/README.md.
     */
    public static final OutputTable<QuotaFulfilment> QUOTA_FULFILMENT = new OutputTable<QuotaFulfilment>(
                    "quota_fulfilment")
            .column(PROCESS_ID, STRING, QuotaFulfilment::processId)
            .column(STAGE, STRING, QuotaFulfilment::stage)
            .column(FEATURE, STRING, QuotaFulfilment::feature)
            .column(VALUE, STRING, QuotaFulfilment::value)
            .column(MIN, DOUBLE, QuotaFulfilment::min)
            .column(MAX, DOUBLE, QuotaFulfilment::max)
            .column(TARGET, DOUBLE, QuotaFulfilment::target)
            .column(N, LONG, QuotaFulfilment::n)
            .column(WITHIN_QUOTA, BOOLEAN, QuotaFulfilment::withinQuota)
            .column(DEVIATION, DOUBLE, QuotaFulfilment::deviation)
            .column(DIMENSION, STRING, QuotaFulfilment::dimension)
            .column(CATEGORY, STRING, QuotaFulfilment::category)
            .column(WEIGHT, DOUBLE, QuotaFulfilment::weight)
            .column(N_REPLACEMENTS, LONG, QuotaFulfilment::nReplacements)
            .column(POP_SHARE, DOUBLE, QuotaFulfilment::popShare)
            .column(FEATURE_DISTANCE, DOUBLE, QuotaFulfilment::featureDistance)
            .column(WEIGHTED_DISTANCE, DOUBLE, QuotaFulfilment::weightedDistance)
            .column(SUPPRESSED, BOOLEAN, QuotaFulfilment::suppressed);

    /** How equal the pool's chances of a seat were (Flanigan et al. 2021), from the lottery's probabilities. */
    public static final OutputTable<SelectionFairness> SELECTION_FAIRNESS = new OutputTable<SelectionFairness>(
                    "selection_fairness")
            .column(PROCESS_ID, STRING, SelectionFairness::processId)
            .column(N_POOL, LONG, SelectionFairness::nPool)
            .column(MIN_PROBABILITY, DOUBLE, SelectionFairness::minProbability)
            .column(MAX_PROBABILITY, DOUBLE, SelectionFairness::maxProbability)
            .column(MEAN_PROBABILITY, DOUBLE, SelectionFairness::meanProbability)
            .column(GINI, DOUBLE, SelectionFairness::gini)
            .column(SHARE_BELOW_HALF_MEAN, DOUBLE, SelectionFairness::shareBelowHalfMean)
            .column(EXPECTED_PANEL_SIZE, DOUBLE, SelectionFairness::expectedPanelSize);

    /** Selection probability per category of every dimension, and the chance from invitation to seat. */
    public static final OutputTable<SelectionFairnessGroup> SELECTION_FAIRNESS_GROUPS = new OutputTable<
                    SelectionFairnessGroup>("selection_fairness_groups")
            .column(PROCESS_ID, STRING, SelectionFairnessGroup::processId)
            .column(DIMENSION, STRING, SelectionFairnessGroup::dimension)
            .column(CATEGORY, STRING, SelectionFairnessGroup::category)
            .column(N_POOL, LONG, SelectionFairnessGroup::nPool)
            .column(MEAN_PROBABILITY, DOUBLE, SelectionFairnessGroup::meanProbability)
            .column(RESPONSE_RATE, DOUBLE, SelectionFairnessGroup::responseRate)
            .column(END_TO_END_PROBABILITY, DOUBLE, SelectionFairnessGroup::endToEndProbability)
            .column(SUPPRESSED, BOOLEAN, SelectionFairnessGroup::suppressed);
}
