package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.CsvInput;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;

/**
 * Reads metric tables that {@code spegel evaluate} wrote as CSV back into contract records, for
 * {@code spegel compare} and the reports. Columns are found by name (any order, extra columns ignored); a column a
 * reader needs and the file lacks, or a cell that is not of its column's type, is an
 * {@link InputException} naming file, line and column. Text cells lose the apostrophe the writer put
 * before a formula-like start ({@link CsvCells#restoreFormula}).
 */
public final class MetricCsvReader {
    private MetricCsvReader() {}

    private static final List<String> PROCESS_SUMMARY_NEEDS = List.of(PROCESS_ID, METHOD, PERIOD, STAGE, STAGE_INDEX);
    private static final List<String> DIMENSION_SUMMARY_NEEDS = List.of(PROCESS_ID, STAGE, DIMENSION, DISSIMILARITY);
    private static final List<String> CATEGORY_GAPS_NEEDS =
            List.of(PROCESS_ID, STAGE, DIMENSION, CATEGORY, POP_SHARE, GAP_PP, RATIO, SIGNIFICANT, SUPPRESSED);

    public static List<ProcessSummary> processSummaries(Path file) {
        return read(
                MetricTables.PROCESS_SUMMARY,
                PROCESS_SUMMARY_NEEDS,
                file,
                r -> new ProcessSummary(
                        r.required(PROCESS_ID),
                        r.text(NAME),
                        r.text(METHOD),
                        r.text(AREA_CODE),
                        r.text(AREA_NAME),
                        r.requiredInt(PERIOD),
                        r.integer(MIN_AGE),
                        r.integer(MAX_AGE),
                        r.required(STAGE),
                        r.requiredInt(STAGE_INDEX),
                        r.number(N),
                        r.whole(N_OUTSIDE_AREA),
                        r.whole(N_OUTSIDE_ELIGIBILITY),
                        r.number(MEAN_DISSIMILARITY),
                        r.number(DELTA_DISSIMILARITY),
                        r.number(R_INDICATOR),
                        r.number(STAGE_CHANGE_EXPECTED_DISSIMILARITY),
                        r.number(STAGE_CHANGE_P_WORSE),
                        r.number(STAGE_CHANGE_P_BETTER),
                        r.text(STAGE_CHANGE_VERDICT)),
                row -> true);
    }

    /** The rows of a dimension_summary.csv that {@code keep} accepts. */
    public static List<DimensionSummary> dimensionSummaries(Path file, Predicate<DimensionSummary> keep) {
        return read(
                MetricTables.DIMENSION_SUMMARY,
                DIMENSION_SUMMARY_NEEDS,
                file,
                r -> new DimensionSummary(
                        r.required(PROCESS_ID),
                        r.text(METHOD),
                        r.required(STAGE),
                        r.required(DIMENSION),
                        r.whole(N_VALID),
                        r.whole(N_MISSING),
                        r.whole(N_NO_COUNTERPART),
                        r.number(DISSIMILARITY),
                        r.number(HELLINGER),
                        r.number(CHI2),
                        r.integer(DF),
                        r.number(P_VALUE),
                        r.number(COHENS_W),
                        r.number(MAX_ABS_GAP_PP),
                        r.text(WORST_CATEGORY),
                        r.text(POPULATION_TABLE),
                        r.integer(UNIVERSE_MIN_AGE),
                        r.integer(UNIVERSE_MAX_AGE),
                        r.whole(N_OUTSIDE_UNIVERSE),
                        chance(r),
                        // a file written before population_source existed compared registers only
                        r.text(POPULATION_SOURCE) == null ? DimensionSummary.REGISTER : r.text(POPULATION_SOURCE),
                        r.whole(SURVEY_N),
                        r.text(SURVEY_SOURCE)),
                keep);
    }

    /** The chance columns of a row; null when the file has none (written before they existed). */
    private static ChanceBaseline chance(Cells r) {
        ChanceBaseline chance = new ChanceBaseline(
                r.number(EXPECTED_DISSIMILARITY),
                r.number(DISSIMILARITY_P_RANDOM),
                r.number(DISSIMILARITY_P_RANDOM_LOWER),
                r.number(DISSIMILARITY_EXCESS),
                r.number(DISSIMILARITY_CORRECTED),
                r.number(DISSIMILARITY_CI_LOW),
                r.number(DISSIMILARITY_CI_HIGH),
                r.text(VERDICT));
        return chance.equals(new ChanceBaseline(null, null, null, null, null, null, null, null)) ? null : chance;
    }

    /** The rows of a category_gaps.csv that {@code keep} accepts. */
    public static List<CategoryGap> categoryGaps(Path file, Predicate<CategoryGap> keep) {
        return read(
                MetricTables.CATEGORY_GAPS,
                CATEGORY_GAPS_NEEDS,
                file,
                r -> new CategoryGap(
                        r.required(PROCESS_ID),
                        r.text(METHOD),
                        r.required(STAGE),
                        r.required(DIMENSION),
                        r.required(CATEGORY),
                        r.number(N),
                        r.number(SHARE),
                        r.number(SHARE_CI_LOW),
                        r.number(SHARE_CI_HIGH),
                        r.whole(POP_COUNT),
                        r.number(POP_SHARE),
                        r.number(GAP_PP),
                        r.number(RATIO),
                        r.number(PER_1000),
                        r.number(P_VALUE),
                        r.bool(SIGNIFICANT),
                        r.bool(SUPPRESSED)),
                keep);
    }

    /** The rows of a stage_changes.csv. */
    public static List<StageChange> stageChanges(Path file) {
        return read(
                MetricTables.STAGE_CHANGES,
                List.of(PROCESS_ID, STAGE, STAGE_INDEX, DIMENSION, STAGE_CHANGE_VERDICT),
                file,
                r -> new StageChange(
                        r.required(PROCESS_ID),
                        r.text(METHOD),
                        r.required(STAGE),
                        r.requiredInt(STAGE_INDEX),
                        r.text(PREVIOUS_STAGE),
                        r.required(DIMENSION),
                        r.number(DISSIMILARITY),
                        r.number(PREVIOUS_DISSIMILARITY),
                        r.number(STAGE_CHANGE_EXPECTED_DISSIMILARITY),
                        r.number(STAGE_CHANGE_P_WORSE),
                        r.number(STAGE_CHANGE_P_BETTER),
                        r.text(STAGE_CHANGE_VERDICT)),
                row -> true);
    }

    /** The rows of a response_indicators.csv. */
    public static List<ResponseIndicator> responseIndicators(Path file) {
        return read(
                MetricTables.RESPONSE_INDICATORS,
                List.of(PROCESS_ID, STAGE, VARIABLE, CATEGORY, PARTIAL_UNCONDITIONAL, PARTIAL_CONDITIONAL),
                file,
                r -> new ResponseIndicator(
                        r.required(PROCESS_ID),
                        r.text(METHOD),
                        r.required(STAGE),
                        r.text(MODEL),
                        r.required(VARIABLE),
                        r.text(CATEGORY),
                        r.number(PARTIAL_UNCONDITIONAL),
                        r.number(PARTIAL_UNCONDITIONAL_SE),
                        r.number(PARTIAL_CONDITIONAL),
                        r.number(PARTIAL_CONDITIONAL_SE),
                        r.number(RESPONSE_RATE),
                        r.number(PROPENSITY_CV),
                        r.number(PROPENSITY_CV_SE),
                        r.bool(SUPPRESSED)),
                row -> true);
    }

    /** The rows of an area_names.csv that have both a code and a name. */
    public static List<AreaName> areaNames(Path file) {
        return read(
                MetricTables.AREA_NAMES,
                List.of(AREA_CODE, NAME),
                file,
                r -> new AreaName(r.text(AREA_CODE), r.text(NAME), r.text(LEVEL)),
                area -> area.areaCode() != null && area.name() != null);
    }

    static <R> List<R> read(
            OutputTable<R> table, List<String> needed, Path file, Function<Cells, R> toRecord, Predicate<R> keep) {
        List<R> rows = new ArrayList<>();
        try (CsvInput input = CsvInput.open(file, table.columnNames(), needed, ColumnAliases.none(), false)) {
            input.forEach(
                    row -> {
                        R record = toRecord.apply(new Cells(row));
                        if (keep.test(record)) {
                            rows.add(record);
                        }
                    },
                    (line, column, reason, detail) -> {
                        throw new InputException(file, line, column, null, detail);
                    });
        }
        return rows;
    }

    /** Typed cells of one metric row; empty cells are null. */
    record Cells(CsvRow row) {
        String text(String column) {
            String value = row.textOrNull(column);
            return value == null ? null : CsvCells.restoreFormula(value);
        }

        String required(String column) {
            String value = text(column);
            if (value == null) {
                throw row.error(column, column + " is empty, but every row needs one");
            }
            return value;
        }

        Double number(String column) {
            return row.decimal(column);
        }

        Integer integer(String column) {
            return row.integer(column);
        }

        double requiredNumber(String column) {
            Double value = number(column);
            if (value == null) {
                throw row.error(column, column + " is empty, but every row needs one");
            }
            return value;
        }

        long requiredWhole(String column) {
            Long value = whole(column);
            if (value == null) {
                throw row.error(column, column + " is empty, but every row needs one");
            }
            return value;
        }

        int requiredInt(String column) {
            Integer value = integer(column);
            if (value == null) {
                throw row.error(column, column + " is empty, but every row needs one");
            }
            return value;
        }

        Long whole(String column) {
            String value = row.text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException e) {
                throw row.error(column, se.spegel.schema.input.ShownValue.quoted(value) + " is not a whole number");
            }
        }

        Boolean bool(String column) {
            String value = row.text(column).toLowerCase(Locale.ROOT);
            return switch (value) {
                case "" -> null;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default ->
                    throw row.error(column, se.spegel.schema.input.ShownValue.quoted(value) + " is not true or false");
            };
        }
    }
}
