package se.spegel.schema.input.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.DimensionSource;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.RowSource;
import se.spegel.schema.input.ShownValue;
import se.spegel.schema.input.TableOpener;
import se.spegel.schema.input.TableSpec;

/**
 * Reads survey benchmark files ({@code --survey-benchmarks FILE...}, job key {@code survey-benchmarks}):
 * {@code dimension, category, share, survey_n[, area_code][, source]}, one row per category, in any
 * table format the opener reads (CSV, Excel, Parquet). Every mistake stops the run at its
 * {@code file:line:column}: a benchmark is the whole population side of its comparison, so a share
 * that is off would move every figure.
 *
 * <p>Rows are grouped by dimension × area (blank area = any). Within a group the categories are
 * distinct, the shares sum to 1 within {@link #SUM_TOLERANCE} (published tables round each share,
 * 4 × 0.5 points of rounding can add up to 2 points only with 1-point rounding, which such tables
 * rarely use; 0.005 admits rounding to 0.1 point over a dozen categories) and survey_n is one number
 * (the shares of one question rest on one set of respondents). A category of a dimension conf
 * declares is mapped through conf's synonyms, as participants' answers are.
 */
public final class SurveyBenchmarkReader {
    public static final String DIMENSION = "dimension";
    public static final String CATEGORY = "category";
    public static final String SHARE = "share";
    public static final String SURVEY_N = "survey_n";
    public static final String AREA_CODE = "area_code";
    public static final String SOURCE = "source";
    /** How far the shares of one dimension × area may sum from 1 (rounding in the published table). */
    public static final double SUM_TOLERANCE = 0.005;

    private static final List<String> REQUIRED = List.of(DIMENSION, CATEGORY, SHARE, SURVEY_N);
    private static final List<String> KNOWN = List.of(DIMENSION, CATEGORY, SHARE, SURVEY_N, AREA_CODE, SOURCE);
    public static final TableSpec SPEC = new TableSpec("survey benchmarks", KNOWN, REQUIRED, false);

    private SurveyBenchmarkReader() {}

    /** The rows of one dimension × area as they are read. */
    private static final class Group {
        final String dimension;
        final String area;
        final Path file;
        final long line;
        final int dimensionColumn;
        final long surveyN;
        final long surveyNLine;
        String source;
        final Map<String, Double> shares = new LinkedHashMap<>();
        final Map<String, String> where = new LinkedHashMap<>();
        CsvRow last;

        Group(CsvRow first, String dimension, String area, long surveyN) {
            this.dimension = dimension;
            this.area = area;
            this.file = first.file();
            this.line = first.line();
            this.dimensionColumn = first.position(DIMENSION);
            this.surveyN = surveyN;
            this.surveyNLine = first.line();
        }
    }

    /** Every benchmark of every file (dimension × area), in the order first met. */
    public static List<SurveyBenchmark> read(List<Path> files, SpegelConfig config, TableOpener opener) {
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<String, String> spellings = new java.util.HashMap<>();
        for (Path file : files) {
            long[] rows = {0};
            try (RowSource input = opener.open(file, SPEC, config)) {
                RowSource.requireColumns(file, input.columns(), REQUIRED);
                input.forEach(
                        row -> {
                            rows[0]++;
                            add(row, config, groups, spellings);
                        },
                        (line, column, reason, detail) -> {
                            throw new InputException(file, line, column, null, detail);
                        });
            }
            if (rows[0] == 0) {
                throw InputException.ofFile(file, "the survey benchmark file has a header but no rows");
            }
        }
        groups.values().forEach(SurveyBenchmarkReader::checkSum);
        List<SurveyBenchmark> benchmarks = new ArrayList<>();
        for (Group g : groups.values()) {
            benchmarks.add(new SurveyBenchmark(
                    g.dimension, g.area, g.shares, g.surveyN, g.source, g.file, g.line, g.dimensionColumn));
        }
        return benchmarks;
    }

    /**
     * The benchmarks' dimensions that conf does not declare, as column dimensions whose categories are
     * the benchmarks' (in first-met order): participants' answers match them case-insensitively on
     * trimmed text ({@link DimensionScheme#canonical}), as quota-only columns do.
     */
    public static List<DimensionScheme> undeclaredColumns(List<SurveyBenchmark> benchmarks, SpegelConfig config) {
        Map<String, java.util.Set<String>> categories = new LinkedHashMap<>();
        for (SurveyBenchmark benchmark : benchmarks) {
            if (config.dimension(benchmark.dimension()) == null) {
                categories
                        .computeIfAbsent(benchmark.dimension(), d -> new java.util.LinkedHashSet<>())
                        .addAll(benchmark.shares().keySet());
            }
        }
        List<DimensionScheme> schemes = new ArrayList<>();
        categories.forEach((dimension, codes) -> schemes.add(new DimensionScheme(
                dimension,
                Map.of(),
                DimensionSource.COLUMN,
                codes.stream()
                        .map(c -> new se.spegel.schema.config.CategoryDef(c, Map.of(), List.of()))
                        .toList())));
        return schemes;
    }

    /**
     * @param spellings an undeclared dimension's category as first written, by dimension and lower-case text,
     *                  so that "Mycket_orolig" in one area's rows and "mycket_orolig" in another's are one category
     */
    private static void add(CsvRow row, SpegelConfig config, Map<String, Group> groups, Map<String, String> spellings) {
        row.requireSafeText(); // categories and the source are shown in reports and tables
        String dimension = ColumnAliases.normalise(row.text(DIMENSION));
        if (dimension.isEmpty()) {
            throw row.error(DIMENSION, "the dimension is blank");
        }
        DimensionScheme scheme = config.dimension(dimension);
        if (scheme != null && scheme.source() != DimensionSource.COLUMN) {
            throw row.error(
                    DIMENSION,
                    dimension + " is counted from " + (scheme.source() == DimensionSource.AGE ? "ages" : "residences")
                            + " and compared with the register; a survey benchmark is for an"
                            + " attitudinal question that the participants answered in a column of its own");
        }
        String written = row.text(CATEGORY);
        if (written.isEmpty()) {
            throw row.error(CATEGORY, "the category is blank");
        }
        String category = scheme != null
                ? scheme.canonical(written)
                : spellings.computeIfAbsent(dimension + '\u0000' + written.toLowerCase(Locale.ROOT), k -> written);
        Double share = row.decimal(SHARE);
        if (share == null) {
            throw row.error(SHARE, "the share is blank");
        }
        if (share < 0 || share > 1) {
            throw row.error(
                    SHARE,
                    "share " + ShownValue.quoted(row.text(SHARE)) + " is not between 0 and 1 (give 0.25, not 25 %)");
        }
        long surveyN = surveyN(row);
        String area = row.textOrNull(AREA_CODE);
        String key = dimension + '\u0000' + (area == null ? "" : area);
        Group group = groups.computeIfAbsent(key, k -> new Group(row, dimension, area, surveyN));
        if (group.surveyN != surveyN) {
            throw row.error(
                    SURVEY_N,
                    "survey_n " + surveyN + " differs from " + group.surveyN + " given for "
                            + describe(group) + " at " + group.file.getFileName() + ":" + group.surveyNLine
                            + "; the shares of one question rest on one number of respondents");
        }
        String here = row.file().getFileName() + ":" + row.line();
        String earlier = group.where.putIfAbsent(category.toLowerCase(Locale.ROOT), here);
        if (earlier != null) {
            throw row.error(
                    CATEGORY,
                    "category " + ShownValue.quoted(written) + " of " + describe(group) + " is given twice (also "
                            + earlier + ")");
        }
        group.shares.put(category, share);
        if (group.source == null) {
            group.source = row.textOrNull(SOURCE);
        }
        group.last = row;
    }

    /** survey_n: a positive whole number of respondents (an effective n for a weighted survey, rounded). */
    private static long surveyN(CsvRow row) {
        String text = row.text(SURVEY_N);
        if (text.isEmpty()) {
            throw row.error(SURVEY_N, "survey_n is blank; give the number of respondents the shares rest on");
        }
        long value;
        try {
            value = Long.parseLong(text.replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw row.error(
                    SURVEY_N,
                    ShownValue.quoted(text) + " is not a whole number of respondents"
                            + " (for a weighted survey give the effective n, rounded)");
        }
        if (value < 1) {
            throw row.error(SURVEY_N, "survey_n must be at least 1, was " + value);
        }
        return value;
    }

    private static void checkSum(Group group) {
        if (group.shares.size() < 2) {
            throw group.last.error(
                    CATEGORY,
                    describe(group) + " has one category only; a benchmark gives the"
                            + " shares of every answer (they sum to 1)");
        }
        double sum =
                group.shares.values().stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw group.last.error(
                    SHARE,
                    "the shares of " + describe(group) + " sum to " + String.format(Locale.ROOT, "%.4f", sum)
                            + ", not 1 (within " + SUM_TOLERANCE + ")");
        }
    }

    private static String describe(Group group) {
        return group.dimension + (group.area == null ? "" : " in area " + ShownValue.quoted(group.area));
    }
}
