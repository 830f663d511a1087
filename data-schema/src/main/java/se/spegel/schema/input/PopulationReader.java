package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.px.PxPopulation;

/** Reads one population file (one table) in long form. */
public final class PopulationReader {
    static final String ROLE = "population";
    /** SCB's and PC-Axis's markers of a cell without a figure: "..", ".", "..." and so on. */
    private static final java.util.regex.Pattern NO_FIGURE = java.util.regex.Pattern.compile("^\\.{1,6}$");

    private static final Set<String> NIL = Set.of("-", "\u2013");
    static final String NOT_AVAILABLE = "count_not_available";
    /** Counts from here on are refused: 2^53, the largest whole number a double holds exactly. */
    static final long EXACT_LIMIT = 1L << 53;

    private PopulationReader() {}

    public record Result(PopulationTable table, InputLedger ledger) {}

    /** Formats a population table can come in: any table format, and SCB's PC-Axis files. */
    public static final Set<InputFormat> FORMATS =
            Set.of(InputFormat.CSV, InputFormat.XLSX, InputFormat.PARQUET, InputFormat.PX);

    public static Result read(Path file, SpegelConfig config) {
        return read(file, config, TableOpener::openText);
    }

    /** Reads a population file: a PC-Axis file, or a table in whatever format {@code opener} reads. */
    public static Result read(Path file, SpegelConfig config, TableOpener opener) {
        if (InputFormat.of(file, ROLE, FORMATS) == InputFormat.PX) {
            return PxPopulation.read(file, config);
        }
        try (RowSource input = opener.open(file, spec(config), config)) {
            TableBuilder table = new TableBuilder(file, input.columns(), config);
            table.ledger.noteSource(input);
            input.forEach(
                    table::add, (line, column, reason, detail) -> table.ledger.reject(line, null, reason, detail));
            return table.result();
        }
    }

    /** Population rows that arrive in another format (Parquet, PC-Axis), read under the same rules. */
    public static Result read(Path file, List<String> columns, Iterable<CsvRow> rows, SpegelConfig config) {
        RowSource.requireColumns(file, columns, POPULATION_REQUIRED);
        TableBuilder table = new TableBuilder(file, columns, config);
        rows.forEach(table::add);
        return table.result();
    }

    public static TableSpec spec(SpegelConfig config) {
        return new TableSpec(ROLE, knownColumns(config), POPULATION_REQUIRED, false);
    }

    /** The population columns Spegel knows (aliases resolve to these). */
    public static List<String> knownColumns(SpegelConfig config) {
        List<String> known = new ArrayList<>(POPULATION_NON_DIMENSIONS);
        known.add(AGE);
        known.add(AGE_BAND);
        known.addAll(config.dimensions().keySet());
        return known;
    }

    /** One table being read: its columns checked once, then its rows accepted or rejected one by one. */
    private static final class TableBuilder {
        private final Path file;
        private final SpegelConfig config;
        private final InputLedger ledger;
        private final List<PopulationRow> rows = new ArrayList<>();
        private final List<String> dimensions = new ArrayList<>();
        private final Map<String, AgeBand> bands = new TreeMap<>();
        private final SharedValues shared = new SharedValues();
        private final boolean hasAge;
        private final boolean hasBands;
        private int minAge = Integer.MAX_VALUE;
        private int maxAge = Integer.MIN_VALUE;
        /** The table's residents so far: every sum Spegel makes of its rows is at most this, so it must fit a long. */
        private long total;

        TableBuilder(Path file, List<String> columns, SpegelConfig config) {
            this.file = file;
            this.config = config;
            this.ledger = new InputLedger("population", file);
            this.hasBands = columns.contains(AGE_BAND);
            if (hasBands && columns.contains(AGE)) {
                throw new InputException(
                        file,
                        1,
                        columns.indexOf(AGE_BAND) + 1,
                        AGE_BAND,
                        "give ages either as single years (age) or as bands (age_band), not both");
            }
            this.hasAge = columns.contains(AGE) || hasBands;
            for (String column : columns) {
                if (!POPULATION_NON_DIMENSIONS.contains(column) && !column.equals(AGE) && !column.equals(AGE_BAND)) {
                    if (config.dimension(column) == null) {
                        throw new InputException(
                                file,
                                1,
                                columns.indexOf(column) + 1,
                                column,
                                "column '" + column
                                        + "' is neither a population column nor a dimension declared in conf (dimensions: "
                                        + String.join(", ", config.dimensions().keySet()) + ")");
                    }
                    dimensions.add(column);
                }
            }
        }

        void add(CsvRow row) {
            PopulationRow population = toRow(row, dimensions, config, ledger, bands, shared);
            if (population != null) {
                try {
                    total = Math.addExact(total, population.count());
                } catch (ArithmeticException e) {
                    throw row.error(
                            COUNT,
                            "the counts of the table add up to more than " + Long.MAX_VALUE
                                    + " residents at this row; is a count mistyped?");
                }
                rows.add(population);
                ledger.accept();
                if (population.ageLow() != null) {
                    minAge = Math.min(minAge, population.ageLow());
                    maxAge = Math.max(maxAge, population.ageHigh());
                }
            }
        }

        Result result() {
            if (rows.isEmpty()) {
                // a table without counts could only compare participants against nothing
                if (ledger.rowsRead() == 0) {
                    throw new InputException(file, 2, 0, null, "the population table has a header but no rows");
                }
                Reject first = ledger.rejects().get(0);
                throw new InputException(
                        file,
                        first.line(),
                        0,
                        first.column(),
                        "no usable population rows: all "
                                + ledger.rowsRead() + " were rejected, the first (this line) with " + first.reason()
                                + ": "
                                + first.detail());
            }
            Long withoutFigure = ledger.rejectsByReason().get(NOT_AVAILABLE);
            if (withoutFigure != null) {
                ledger.warn(
                        withoutFigure == 1
                                ? "1 cell has no figure ('..') and is rejected: its area and group count fewer residents than"
                                        + " they have"
                                : withoutFigure
                                        + " cells have no figure ('..') and are rejected: the areas and groups they"
                                        + " belong to count fewer residents than they have");
            }
            boolean restricted = hasAge && !rows.isEmpty();
            AgeBands ageBands = hasBands ? tableBands(file, bands) : null;
            PopulationTable table = new PopulationTable(
                    file, dimensions, hasAge, ageBands, restricted ? minAge : null, restricted ? maxAge : null, rows);
            return new Result(table, ledger);
        }
    }

    /** The table's bands must not overlap (a 70+ total next to 70-74 would count people twice). */
    private static AgeBands tableBands(Path file, Map<String, AgeBand> bands) {
        List<AgeBand> sorted = bands.values().stream()
                .sorted(Comparator.comparingInt(AgeBand::low))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).low() <= sorted.get(i - 1).high()) {
                throw InputException.ofFile(
                        file,
                        "age bands " + sorted.get(i - 1).code() + " and "
                                + sorted.get(i).code() + " overlap; give each person in one band only");
            }
        }
        return new AgeBands(sorted, false);
    }

    /**
     * One instance of each area code and category combination for all the rows of a table, and
     * each distinct cell text read once: a national table has millions of rows but a few
     * thousand distinct counts, a hundred ages and a handful of categories, so parsing them
     * row by row was most of the time spent reading it. Only texts that read without fault are
     * remembered; any other is read again, row by row, so that its message names its own row.
     */
    private static final class SharedValues {
        /** Distinct texts remembered per column; beyond that, a text is read every time it comes. */
        private static final int REMEMBERED = 1 << 16;

        private final Map<String, String> areas = new HashMap<>();
        private final Map<Map<String, String>, CategoryValues> categories = new HashMap<>();
        private final Map<List<String>, CategoryValues> categoriesByText = new HashMap<>();
        private final Map<String, Integer> periods = new HashMap<>();
        private final Map<String, Long> counts = new HashMap<>();
        private final Map<String, Integer> ages = new HashMap<>();
        private final Map<String, AgeBand> ageBands = new HashMap<>();

        String area(String code) {
            return areas.computeIfAbsent(code, c -> c);
        }

        CategoryValues categories(Map<String, String> values) {
            return categories.computeIfAbsent(values, CategoryValues::of);
        }

        /** The value {@code text} reads as: remembered, or read by {@code read} (null: no value, not remembered). */
        static <K, T> T remembered(Map<K, T> memo, K text, java.util.function.Supplier<T> read) {
            T value = memo.get(text);
            if (value == null) {
                value = read.get();
                remember(memo, text, value);
            }
            return value;
        }

        static <K, T> void remember(Map<K, T> memo, K text, T value) {
            if (value != null && memo.size() < REMEMBERED) {
                memo.put(text, value);
            }
        }
    }

    private static PopulationRow toRow(
            CsvRow row,
            List<String> dimensions,
            SpegelConfig config,
            InputLedger ledger,
            Map<String, AgeBand> bands,
            SharedValues shared) {
        Integer period = SharedValues.remembered(shared.periods, row.text(PERIOD), () -> row.integer(PERIOD));
        String area = row.text(AREA_CODE);
        String countText = row.text(COUNT);
        Long count = shared.counts.get(countText); // a text read before as a whole count
        if (count == null) {
            count = count(row, countText, period, area, ledger);
            if (count == null) {
                return null;
            }
            SharedValues.remember(shared.counts, countText, count);
        } else if (rejectedAsBlank(row, period, area, true, ledger)) {
            return null;
        }
        Integer ageLow = null;
        Integer ageHigh = null;
        if (row.has(AGE)) {
            ageLow = SharedValues.remembered(shared.ages, row.text(AGE), () -> populationAge(row));
            ageHigh = ageLow;
        } else if (row.has(AGE_BAND)) {
            AgeBand band = SharedValues.remembered(shared.ageBands, row.text(AGE_BAND), () -> {
                AgeBand read = populationBand(row);
                bands.putIfAbsent(read.code(), read);
                return read;
            });
            ageLow = band.low();
            ageHigh = band.high();
        }
        String[] texts = new String[dimensions.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = row.text(dimensions.get(i));
        }
        CategoryValues categories = SharedValues.remembered(
                shared.categoriesByText,
                Arrays.asList(texts),
                () -> categories(row, texts, dimensions, config, shared));
        return new PopulationRow(period, shared.area(area), ageLow, ageHigh, categories, count);
    }

    /** The count of people in a row, or null when the row is rejected (here, with its reason). */
    private static Long count(CsvRow row, String countText, Integer period, String area, InputLedger ledger) {
        // the pattern only for what starts like one: millions of counts are plain numbers
        if (countText.startsWith(".") && NO_FIGURE.matcher(countText).matches()) {
            ledger.reject(
                    row.line(),
                    COUNT,
                    NOT_AVAILABLE,
                    "count " + ShownValue.quoted(countText) + " is no figure (SCB: not available or too uncertain)");
            return null;
        }
        // SCB's and PC-Axis's dash means "nothing to report": no people, a count of 0
        Double count = NIL.contains(countText) ? Double.valueOf(0) : row.decimal(COUNT);
        if (count != null && Math.abs(count) >= EXACT_LIMIT) {
            // a double holds whole numbers exactly only up to 2^53; beyond, the count would be changed silently
            throw row.error(
                    COUNT,
                    "count " + ShownValue.quoted(countText) + " is too large to be a count of residents" + " (at most "
                            + (EXACT_LIMIT - 1) + ")");
        }
        if (rejectedAsBlank(row, period, area, count != null, ledger)) {
            return null;
        }
        if (count < 0 || count != Math.rint(count)) {
            ledger.reject(
                    row.line(),
                    COUNT,
                    count < 0 ? "negative_count" : "fractional_count",
                    "count " + row.text(COUNT) + " is not a whole number of people");
            return null;
        }
        return count.longValue();
    }

    /** Rejects a row whose period, area code or count is blank (the first of them named). */
    private static boolean rejectedAsBlank(
            CsvRow row, Integer period, String area, boolean hasCount, InputLedger ledger) {
        if (period != null && !area.isEmpty() && hasCount) {
            return false;
        }
        String column = period == null ? PERIOD : area.isEmpty() ? AREA_CODE : COUNT;
        ledger.reject(row.line(), column, "missing_value", column + " is blank");
        return true;
    }

    private static CategoryValues categories(
            CsvRow row, String[] texts, List<String> dimensions, SpegelConfig config, SharedValues shared) {
        Map<String, String> categories = new HashMap<>();
        for (int i = 0; i < texts.length; i++) {
            String problem = UnsafeText.problem(texts[i]); // categories are shown in reports and metric tables
            if (problem != null) {
                throw row.error(dimensions.get(i), dimensions.get(i) + " " + problem);
            }
            DimensionScheme scheme = config.dimension(dimensions.get(i));
            categories.put(dimensions.get(i), config.isMissing(texts[i]) ? null : scheme.canonical(texts[i]));
        }
        return shared.categories(categories);
    }

    /** An age band such as "15-19", "85+" or SCB's "16-24 år", read into a canonical code. */
    private static AgeBand populationBand(CsvRow row) {
        String text = row.text(AGE_BAND)
                .replace("år", "")
                .replace("i więcej", "+")
                .replace(" ", "")
                .strip();
        try {
            AgeBand parsed = AgeBand.parse(text);
            String code = parsed.high() == Integer.MAX_VALUE ? parsed.low() + "+" : parsed.low() + "-" + parsed.high();
            return new AgeBand(code, parsed.low(), parsed.high());
        } catch (IllegalArgumentException e) {
            throw row.error(AGE_BAND, ShownValue.quoted(row.text(AGE_BAND)) + " is not an age band like 15-19 or 85+");
        }
    }

    /** Single-year age; SCB writes the top age as "100+" or "100 år" */
    private static Integer populationAge(CsvRow row) {
        String text = row.text(AGE).replace("år", "").replace("+", "").strip();
        if (text.isEmpty()) {
            throw row.error(AGE, "age is blank in a table with an age column");
        }
        try {
            int age = Integer.parseInt(text);
            if (age < 0) {
                throw row.error(AGE, "age " + age + " is negative");
            }
            return age;
        } catch (NumberFormatException e) {
            throw row.error(AGE, ShownValue.quoted(row.text(AGE)) + " is not a single-year age");
        }
    }
}
