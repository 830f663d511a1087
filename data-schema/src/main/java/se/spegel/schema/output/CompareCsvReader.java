package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.List;

/** The tables of {@code spegel compare} read back into contract records, as {@link MetricCsvReader} reads evaluate's. */
public final class CompareCsvReader {
    private CompareCsvReader() {}

    /** The rows of a method_comparison.csv that {@code spegel compare} wrote. */
    public static List<MethodComparison> methodComparison(Path file) {
        return MetricCsvReader.read(
                MetricTables.METHOD_COMPARISON,
                List.of(
                        METHOD,
                        DIMENSION,
                        N_PROCESSES,
                        MEAN_DISSIMILARITY,
                        MEAN_DISSIMILARITY_CI_LOW,
                        MEAN_DISSIMILARITY_CI_HIGH,
                        MEDIAN_DISSIMILARITY,
                        MEDIAN_DISSIMILARITY_CI_LOW,
                        MEDIAN_DISSIMILARITY_CI_HIGH,
                        MIN_DISSIMILARITY,
                        MAX_DISSIMILARITY,
                        CI_LEVEL,
                        BOOTSTRAP_SAMPLES,
                        BOOTSTRAP_SEED),
                file,
                r -> new MethodComparison(
                        r.required(METHOD),
                        r.required(DIMENSION),
                        r.requiredInt(N_PROCESSES),
                        r.requiredNumber(MEAN_DISSIMILARITY),
                        r.requiredNumber(MEAN_DISSIMILARITY_CI_LOW),
                        r.requiredNumber(MEAN_DISSIMILARITY_CI_HIGH),
                        r.requiredNumber(MEDIAN_DISSIMILARITY),
                        r.requiredNumber(MEDIAN_DISSIMILARITY_CI_LOW),
                        r.requiredNumber(MEDIAN_DISSIMILARITY_CI_HIGH),
                        r.requiredNumber(MIN_DISSIMILARITY),
                        r.requiredNumber(MAX_DISSIMILARITY),
                        r.requiredNumber(CI_LEVEL),
                        r.requiredInt(BOOTSTRAP_SAMPLES),
                        r.requiredWhole(BOOTSTRAP_SEED),
                        r.number(MEAN_EXCESS),
                        r.number(MEAN_EXCESS_CI_LOW),
                        r.number(MEAN_EXCESS_CI_HIGH),
                        r.number(MEDIAN_EXCESS),
                        r.number(MEAN_CORRECTED),
                        r.number(MEDIAN_N),
                        r.number(MIN_N),
                        r.number(MAX_N),
                        r.integer(N_WORSE)),
                row -> true);
    }

    /** The rows of a method_comparison_groups.csv. */
    public static List<MethodGroupReach> methodGroups(Path file) {
        return MetricCsvReader.read(
                MetricTables.METHOD_COMPARISON_GROUPS,
                List.of(METHOD, DIMENSION, CATEGORY, N_PROCESSES, N_TESTED, N_UNDER, N_OVER, N_WITHHELD),
                file,
                r -> new MethodGroupReach(
                        r.required(METHOD),
                        r.required(DIMENSION),
                        r.required(CATEGORY),
                        r.requiredInt(N_PROCESSES),
                        r.requiredInt(N_TESTED),
                        r.requiredInt(N_UNDER),
                        r.number(SHARE_UNDER),
                        r.requiredInt(N_OVER),
                        r.number(SHARE_OVER),
                        r.requiredInt(N_WITHHELD),
                        r.number(MEDIAN_RATIO),
                        r.integer(RANK)),
                row -> true);
    }

    /** The rows of a method_comparison_trend.csv. */
    public static List<MethodTrend> methodTrend(Path file) {
        return MetricCsvReader.read(
                MetricTables.METHOD_COMPARISON_TREND,
                List.of(METHOD, DIMENSION, PERIOD, N_PROCESSES, MEAN_DISSIMILARITY, MEDIAN_DISSIMILARITY),
                file,
                r -> new MethodTrend(
                        r.required(METHOD),
                        r.required(DIMENSION),
                        r.requiredInt(PERIOD),
                        r.requiredInt(N_PROCESSES),
                        r.requiredNumber(MEAN_DISSIMILARITY),
                        r.requiredNumber(MEDIAN_DISSIMILARITY)),
                row -> true);
    }

    /** The rows of a method_comparison_processes.csv. */
    public static List<MethodComparisonProcess> methodComparisonProcesses(Path file) {
        return MetricCsvReader.read(
                MetricTables.METHOD_COMPARISON_PROCESSES,
                List.of(PROCESS_ID, METHOD, PERIOD, DIMENSION, DISSIMILARITY),
                file,
                r -> new MethodComparisonProcess(
                        r.required(PROCESS_ID),
                        r.required(METHOD),
                        r.text(AREA_CODE),
                        r.requiredInt(PERIOD),
                        r.text(STAGE),
                        r.required(DIMENSION),
                        r.requiredNumber(DISSIMILARITY),
                        r.number(N),
                        r.number(EXPECTED_DISSIMILARITY),
                        r.number(DISSIMILARITY_EXCESS),
                        r.number(DISSIMILARITY_CORRECTED),
                        r.text(VERDICT)),
                row -> true);
    }

    /** The rows of a quota_fulfilment.csv. */
}
