package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.input.px.PxPopulation;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;

/** Reads one population file (one table) in long form. */
public final class PopulationReader {
    static final String ROLE = "population";
    /** SCB's and PC-Axis's markers of a cell without a figure: "..", ".", "..." and so on. */
    private static final java.util.regex.Pattern NO_FIGURE = java.util.regex.Pattern.compile("^\\.{1,6}$");
    private static final Set<String> NIL = Set.of("-", "\u2013");
    static final String NOT_AVAILABLE = "count_not_available";

    private PopulationReader() {}

    public record Result(PopulationTable table, InputLedger ledger) {}

    /** Formats a population table can come in: any table format, and SCB's PC-Axis files. */
    public static final Set<InputFormat> FORMATS = Set.of(InputFormat.CSV, InputFormat.XLSX, InputFormat.PARQUET,
            InputFormat.PX);

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
            input.forEach(table::add, (line, column, reason, detail) -> table.ledger.reject(line, null, reason, detail));
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

        TableBuilder(Path file, List<String> columns, SpegelConfig config) {
            this.file = file;
            this.config = config;
            this.ledger = new InputLedger("population", file);
            this.hasBands = columns.contains(AGE_BAND);
            if (hasBands && columns.contains(AGE)) {
                throw new InputException(file, 1, columns.indexOf(AGE_BAND) + 1, AGE_BAND,
                        "give ages either as single years (age) or as bands (age_band), not both");
            }
            this.hasAge = columns.contains(AGE) || hasBands;
            for (String column : columns) {
                if (!POPULATION_NON_DIMENSIONS.contains(column) && !column.equals(AGE) && !column.equals(AGE_BAND)) {
                    if (config.dimension(column) == null) {
                        throw new InputException(file, 1, columns.indexOf(column) + 1, column, "column '" + column
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
                throw new InputException(file, first.line(), 0, first.column(), "no usable population rows: all "
                        + ledger.rowsRead() + " were rejected, the first (this line) with " + first.reason() + ": "
                        + first.detail());
            }
            Long withoutFigure = ledger.rejectsByReason().get(NOT_AVAILABLE);
            if (withoutFigure != null) {
                ledger.warn(withoutFigure == 1
                        ? "1 cell has no figure ('..') and is rejected: its area and group count fewer residents than"
                        + " they have"
                        : withoutFigure + " cells have no figure ('..') and are rejected: the areas and groups they"
                        + " belong to count fewer residents than they have");
            }
            boolean restricted = hasAge && !rows.isEmpty();
            AgeBands ageBands = hasBands ? tableBands(file, bands) : null;
            PopulationTable table = new PopulationTable(file, dimensions, hasAge, ageBands,
                    restricted ? minAge : null, restricted ? maxAge : null, rows);
            return new Result(table, ledger);
        }
    }

    /** The table's bands must not overlap (a 70+ total next to 70-74 would count people twice). */
    private static AgeBands tableBands(Path file, Map<String, AgeBand> bands) {
        List<AgeBand> sorted = bands.values().stream().sorted(Comparator.comparingInt(AgeBand::low)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).low() <= sorted.get(i - 1).high()) {
                throw InputException.ofFile(file, "age bands " + sorted.get(i - 1).code() + " and "
                        + sorted.get(i).code() + " overlap; give each person in one band only");
            }
        }
        return new AgeBands(sorted, false);
    }

    /** One instance of each area code and category combination for all the rows of a table. */
    private static final class SharedValues {
        private final Map<String, String> areas = new HashMap<>();
        private final Map<Map<String, String>, CategoryValues> categories = new HashMap<>();

        String area(String code) {
            return areas.computeIfAbsent(code, c -> c);
        }

        CategoryValues categories(Map<String, String> values) {
            return categories.computeIfAbsent(values, CategoryValues::of);
        }
    }

    private static PopulationRow toRow(CsvRow row, List<String> dimensions, SpegelConfig config, InputLedger ledger,
                                       Map<String, AgeBand> bands, SharedValues shared) {
        Integer period = row.integer(PERIOD);
        String area = row.text(AREA_CODE);
        String countText = row.text(COUNT);
        // the pattern only for what starts like one: millions of counts are plain numbers
        if (countText.startsWith(".") && NO_FIGURE.matcher(countText).matches()) {
            ledger.reject(row.line(), COUNT, NOT_AVAILABLE, "count '" + countText
                    + "' is no figure (SCB: not available or too uncertain)");
            return null;
        }
        // SCB's and PC-Axis's dash means "nothing to report": no people, a count of 0
        Double count = NIL.contains(countText) ? Double.valueOf(0) : row.decimal(COUNT);
        if (period == null || area.isEmpty() || count == null) {
            String column = period == null ? PERIOD : area.isEmpty() ? AREA_CODE : COUNT;
            ledger.reject(row.line(), column, "missing_value", column + " is blank");
            return null;
        }
        if (count < 0 || count != Math.rint(count)) {
            ledger.reject(row.line(), COUNT, count < 0 ? "negative_count" : "fractional_count",
                    "count " + row.text(COUNT) + " is not a whole number of people");
            return null;
        }
        Integer ageLow = null;
        Integer ageHigh = null;
        if (row.has(AGE)) {
            ageLow = populationAge(row);
            ageHigh = ageLow;
        } else if (row.has(AGE_BAND)) {
            AgeBand band = populationBand(row);
            bands.putIfAbsent(band.code(), band);
            ageLow = band.low();
            ageHigh = band.high();
        }
        Map<String, String> categories = new HashMap<>();
        for (String dimension : dimensions) {
            String value = row.text(dimension);
            DimensionScheme scheme = config.dimension(dimension);
            categories.put(dimension, config.isMissing(value) ? null : scheme.canonical(value));
        }
        return new PopulationRow(period, shared.area(area), ageLow, ageHigh, shared.categories(categories),
                count.longValue());
    }

    /** An age band such as "15-19", "85+" or SCB's "16-24 år", read into a canonical code. */
    private static AgeBand populationBand(CsvRow row) {
        String text = row.text(AGE_BAND).replace("år", "").replace("i więcej", "+").replace(" ", "").strip();
        try {
            AgeBand parsed = AgeBand.parse(text);
            String code = parsed.high() == Integer.MAX_VALUE ? parsed.low() + "+" : parsed.low() + "-" + parsed.high();
            return new AgeBand(code, parsed.low(), parsed.high());
        } catch (IllegalArgumentException e) {
            throw row.error(AGE_BAND, "'" + CsvRow.abbreviate(row.text(AGE_BAND)) + "' is not an age band like 15-19 or 85+");
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
            throw row.error(AGE, "'" + CsvRow.abbreviate(row.text(AGE)) + "' is not a single-year age");
        }
    }
}
