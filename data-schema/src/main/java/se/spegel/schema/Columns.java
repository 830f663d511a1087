package se.spegel.schema;

import java.util.List;

/** Every column name of every contract, spelled once. */
public final class Columns {
    private Columns() {}

    // inputs
    public static final String PROCESS_ID = "process_id";
    public static final String NAME = "name";
    public static final String METHOD = "method";
    public static final String AREA_CODE = "area_code";
    public static final String PERIOD = "period";
    public static final String MIN_AGE = "min_age";
    public static final String MAX_AGE = "max_age";
    public static final String START_DATE = "start_date";
    public static final String END_DATE = "end_date";
    public static final String STAGES = "stages";
    public static final String PERSON_ID = "person_id";
    public static final String STAGE = "stage";
    public static final String AGE = "age";
    public static final String BIRTH_YEAR = "birth_year";
    public static final String AGE_BAND = "age_band";
    public static final String GENDER = "gender";
    public static final String EDUCATION = "education";
    public static final String ORIGIN = "origin";
    public static final String WEIGHT = "weight";
    public static final String COUNT = "count";
    public static final String PARENT_CODE = "parent_code";
    public static final String LEVEL = "level";

    // outputs
    public static final String DIMENSION = "dimension";
    public static final String CATEGORY = "category";
    public static final String N = "n";
    public static final String SHARE = "share";
    public static final String SHARE_CI_LOW = "share_ci_low";
    public static final String SHARE_CI_HIGH = "share_ci_high";
    public static final String POP_COUNT = "pop_count";
    public static final String POP_SHARE = "pop_share";
    public static final String GAP_PP = "gap_pp";
    public static final String RATIO = "ratio";
    public static final String PER_1000 = "per_1000";
    public static final String P_VALUE = "p_value";
    public static final String SIGNIFICANT = "significant";
    public static final String SUPPRESSED = "suppressed";
    public static final String N_VALID = "n_valid";
    public static final String N_MISSING = "n_missing";
    public static final String N_NO_COUNTERPART = "n_no_counterpart";
    public static final String DISSIMILARITY = "dissimilarity";
    public static final String HELLINGER = "hellinger";
    public static final String CHI2 = "chi2";
    public static final String DF = "df";
    public static final String COHENS_W = "cohens_w";
    public static final String MAX_ABS_GAP_PP = "max_abs_gap_pp";
    public static final String WORST_CATEGORY = "worst_category";
    public static final String POPULATION_TABLE = "population_table";
    public static final String UNIVERSE_MIN_AGE = "universe_min_age";
    public static final String UNIVERSE_MAX_AGE = "universe_max_age";
    public static final String N_OUTSIDE_UNIVERSE = "n_outside_universe";
    public static final String POPULATION_SOURCE = "population_source";
    public static final String SURVEY_N = "survey_n";
    public static final String SURVEY_SOURCE = "survey_source";
    public static final String EXPECTED_DISSIMILARITY = "expected_dissimilarity";
    public static final String DISSIMILARITY_P_RANDOM = "dissimilarity_p_random";
    public static final String DISSIMILARITY_P_RANDOM_LOWER = "dissimilarity_p_random_lower";
    public static final String DISSIMILARITY_EXCESS = "dissimilarity_excess";
    public static final String DISSIMILARITY_CORRECTED = "dissimilarity_corrected";
    public static final String DISSIMILARITY_CI_LOW = "dissimilarity_ci_low";
    public static final String DISSIMILARITY_CI_HIGH = "dissimilarity_ci_high";
    public static final String VERDICT = "verdict";
    public static final String AREA_NAME = "area_name";
    public static final String STAGE_INDEX = "stage_index";
    public static final String N_OUTSIDE_AREA = "n_outside_area";
    public static final String N_OUTSIDE_ELIGIBILITY = "n_outside_eligibility";
    public static final String MEAN_DISSIMILARITY = "mean_dissimilarity";
    public static final String DELTA_DISSIMILARITY = "delta_dissimilarity";
    public static final String R_INDICATOR = "r_indicator";
    // funnel against chance (process_summary's last columns and stage_changes)
    public static final String PREVIOUS_STAGE = "previous_stage";
    public static final String PREVIOUS_DISSIMILARITY = "previous_dissimilarity";
    public static final String STAGE_CHANGE_EXPECTED_DISSIMILARITY = "stage_change_expected_dissimilarity";
    public static final String STAGE_CHANGE_P_WORSE = "stage_change_p_worse";
    public static final String STAGE_CHANGE_P_BETTER = "stage_change_p_better";
    public static final String STAGE_CHANGE_VERDICT = "stage_change_verdict";
    // partial R-indicators (response_indicators)
    public static final String MODEL = "model";
    public static final String VARIABLE = "variable";
    public static final String PARTIAL_UNCONDITIONAL = "partial_unconditional";
    public static final String PARTIAL_UNCONDITIONAL_SE = "partial_unconditional_se";
    public static final String PARTIAL_CONDITIONAL = "partial_conditional";
    public static final String PARTIAL_CONDITIONAL_SE = "partial_conditional_se";
    public static final String RESPONSE_RATE = "response_rate";
    public static final String PROPENSITY_CV = "propensity_cv";
    public static final String PROPENSITY_CV_SE = "propensity_cv_se";

    // research outputs: raking weights and the counterfactual budget
    public static final String N_RAKED = "n_raked";
    public static final String N_OUT_OF_SCOPE = "n_out_of_scope";
    public static final String DISSIMILARITY_BEFORE = "dissimilarity_before";
    public static final String DISSIMILARITY_AFTER = "dissimilarity_after";
    public static final String MAX_MARGIN_ERROR = "max_margin_error";
    public static final String ITERATIONS = "iterations";
    public static final String CONVERGED = "converged";
    public static final String TRIMMED_CELLS = "trimmed_cells";
    public static final String DESIGN_EFFECT = "design_effect";
    public static final String EFFECTIVE_N = "effective_n";
    public static final String WEIGHT_MIN = "weight_min";
    public static final String WEIGHT_Q1 = "weight_q1";
    public static final String WEIGHT_MEDIAN = "weight_median";
    public static final String WEIGHT_Q3 = "weight_q3";
    public static final String WEIGHT_MAX = "weight_max";
    public static final String PROJECT_ID = "project_id";
    public static final String COST = "cost";
    public static final String VOTES = "votes";
    public static final String WEIGHTED_VOTES = "weighted_votes";
    public static final String SELECTED_OFFICIAL = "selected_official";
    public static final String SELECTED_UNWEIGHTED = "selected_unweighted";
    public static final String SELECTED_WEIGHTED = "selected_weighted";
    public static final String CHANGE = "change";

    // method comparison (spegel compare)
    public static final String N_PROCESSES = "n_processes";
    public static final String MEAN_DISSIMILARITY_CI_LOW = "mean_dissimilarity_ci_low";
    public static final String MEAN_DISSIMILARITY_CI_HIGH = "mean_dissimilarity_ci_high";
    public static final String MEDIAN_DISSIMILARITY = "median_dissimilarity";
    public static final String MEDIAN_DISSIMILARITY_CI_LOW = "median_dissimilarity_ci_low";
    public static final String MEDIAN_DISSIMILARITY_CI_HIGH = "median_dissimilarity_ci_high";
    public static final String MIN_DISSIMILARITY = "min_dissimilarity";
    public static final String MAX_DISSIMILARITY = "max_dissimilarity";
    public static final String CI_LEVEL = "ci_level";
    public static final String BOOTSTRAP_SAMPLES = "bootstrap_samples";
    public static final String BOOTSTRAP_SEED = "bootstrap_seed";
    public static final String MEAN_EXCESS = "mean_excess";
    public static final String MEAN_EXCESS_CI_LOW = "mean_excess_ci_low";
    public static final String MEAN_EXCESS_CI_HIGH = "mean_excess_ci_high";
    public static final String MEDIAN_EXCESS = "median_excess";
    public static final String MEAN_CORRECTED = "mean_corrected";
    public static final String MEDIAN_N = "median_n";
    public static final String MIN_N = "min_n";
    public static final String MAX_N = "max_n";
    public static final String N_WORSE = "n_worse";
    public static final String N_TESTED = "n_tested";
    public static final String N_UNDER = "n_under";
    public static final String SHARE_UNDER = "share_under";
    public static final String N_OVER = "n_over";
    public static final String SHARE_OVER = "share_over";
    public static final String N_WITHHELD = "n_withheld";
    public static final String MEDIAN_RATIO = "median_ratio";
    public static final String RANK = "rank";

    // citizens' assemblies: quotas and selection probabilities
    public static final String FEATURE = "feature";
    public static final String VALUE = "value";
    public static final String MIN = "min";
    public static final String MAX = "max";
    public static final String TARGET = "target";
    public static final String WITHIN_QUOTA = "within_quota";
    public static final String DEVIATION = "deviation";
    public static final String N_REPLACEMENTS = "n_replacements";
    public static final String FEATURE_DISTANCE = "feature_distance";
    public static final String WEIGHTED_DISTANCE = "weighted_distance";
    public static final String N_POOL = "n_pool";
    public static final String MIN_PROBABILITY = "min_probability";
    public static final String MAX_PROBABILITY = "max_probability";
    public static final String MEAN_PROBABILITY = "mean_probability";
    public static final String GINI = "gini";
    public static final String SHARE_BELOW_HALF_MEAN = "share_below_half_mean";
    public static final String EXPECTED_PANEL_SIZE = "expected_panel_size";
    public static final String END_TO_END_PROBABILITY = "end_to_end_probability";

    /** Required columns per input, in the order a template file would list them. */
    public static final List<String> PROCESSES_REQUIRED = List.of(PROCESS_ID, NAME, METHOD, AREA_CODE, PERIOD);

    public static final List<String> PARTICIPANTS_REQUIRED = List.of(PROCESS_ID, PERSON_ID);
    public static final List<String> POPULATION_REQUIRED = List.of(PERIOD, AREA_CODE, COUNT);
    public static final List<String> AREAS_REQUIRED = List.of(AREA_CODE, PARENT_CODE);

    /** Participant columns that are not dimensions. */
    public static final List<String> PARTICIPANT_NON_DIMENSIONS =
            List.of(PROCESS_ID, PERSON_ID, STAGE, AGE, BIRTH_YEAR, AGE_BAND, AREA_CODE, WEIGHT);
    /** Population columns that are not dimensions. */
    public static final List<String> POPULATION_NON_DIMENSIONS = List.of(PERIOD, AREA_CODE, COUNT);
}
