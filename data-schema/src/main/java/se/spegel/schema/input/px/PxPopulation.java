package se.spegel.schema.input.px;

import static se.spegel.schema.Columns.AGE;
import static se.spegel.schema.Columns.AGE_BAND;
import static se.spegel.schema.Columns.AREA_CODE;
import static se.spegel.schema.Columns.PERIOD;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.PopulationReader;

/**
 * A population table downloaded from Statistics Sweden's statistical database as PC-Axis (.px),
 * read into the same long-form rows as a population CSV, under the same rules. Each variable of
 * STUB and HEADING becomes a column: by its name through conf's column aliases ({@code ålder},
 * {@code kön}, {@code utbildningsnivå}, {@code år} ...), or, for SCB names the aliases do not
 * cover, {@code region} as area_code and {@code tid} (or any variable with TIMEVAL) as period.
 * Areas and years take their CODES ({@code 1480}, not "1480 Göteborg"); other variables their
 * value texts ("män", "16-24 år"), which conf's categories map. Totals ("totalt ålder") are left
 * out and counted as rejected rows; a single table-content variable ("Folkmängd") is not a column.
 */
public final class PxPopulation {
    /** SCB variable names that the column aliases do not cover. */
    private static final Map<String, String> SCB_NAMES = Map.of("region", AREA_CODE, "tid", PERIOD);

    private static final Pattern SINGLE_AGE = Pattern.compile("^\\d+\\+?(\\s*år)?$");

    private PxPopulation() {}

    private record TotalCell(long line, String column, String detail) {}

    public static PopulationReader.Result read(Path file, SpegelConfig config) {
        try (PxFile px = PxFile.open(file)) {
            if (px.keywordLine("KEYS").isPresent()) {
                throw new InputException(
                        file,
                        px.keywordLine("KEYS").get(),
                        0,
                        null,
                        "PC-Axis files with KEYS"
                                + " (sparse data) cannot be read; download the table again as a whole .px file");
            }
            List<String> warnings = new ArrayList<>();
            List<PxVariable> variables = variables(px, config, warnings);
            List<String> columns = new ArrayList<>(variables.stream()
                    .filter(PxVariable::isRead)
                    .map(PxVariable::column)
                    .toList());
            columns.add(se.spegel.schema.Columns.COUNT);
            List<TotalCell> totals = new ArrayList<>();
            PxCells cells = new PxCells(
                    px,
                    variables,
                    (line, variable, index) -> totals.add(new TotalCell(
                            line,
                            variable.column(),
                            "'" + variable.values().get(index) + "' is a total over " + variable.name()
                                    + ": Spegel sums the cells itself")));
            PopulationReader.Result result = PopulationReader.read(file, columns, cells, config);
            totals.forEach(t -> result.ledger().reject(t.line(), t.column(), "total_cell", t.detail()));
            if (!totals.isEmpty()) {
                warnings.add(totals.size() + (totals.size() == 1 ? " cell is a total" : " cells are totals") + " ("
                        + totals.get(0).detail().split(":")[0] + ") and left out, so that nobody is counted twice");
            }
            warnings.forEach(result.ledger()::warn);
            result.ledger().readAs(px.description());
            return result;
        }
    }

    private static List<PxVariable> variables(PxFile px, SpegelConfig config, List<String> warnings) {
        List<String> names =
                new ArrayList<>(px.entry("STUB").map(PxFile.Entry::values).orElse(List.of()));
        names.addAll(px.entry("HEADING").map(PxFile.Entry::values).orElse(List.of()));
        if (names.isEmpty()) {
            throw InputException.ofFile(px.file(), "neither STUB nor HEADING names a variable");
        }
        String contents = px.entry("CONTVARIABLE").map(e -> e.values().get(0)).orElse(null);
        Set<String> taken = new HashSet<>();
        List<PxVariable> variables = new ArrayList<>();
        for (String name : names) {
            PxFile.Entry values = px.entry("VALUES", name)
                    .orElseThrow(() -> InputException.ofFile(
                            px.file(), "variable '" + name + "' has no VALUES(\"" + name + "\")"));
            List<String> codes =
                    px.entry("CODES", name).map(PxFile.Entry::values).orElse(List.of());
            if (!codes.isEmpty() && codes.size() != values.values().size()) {
                throw new InputException(
                        px.file(),
                        px.entry("CODES", name).get().line(),
                        0,
                        null,
                        "CODES(\"" + name + "\") has " + codes.size() + " codes for "
                                + values.values().size() + " values");
            }
            String column = column(px, name, contents, values, config);
            if (column == null) {
                if (!name.equals(contents)) {
                    warnings.add("variable '" + name + "' has the one value '"
                            + values.values().get(0)
                            + "' and is not a column Spegel knows: the table covers only that");
                }
            } else if (!taken.add(column)) {
                throw new InputException(
                        px.file(),
                        values.line(),
                        0,
                        null,
                        "variable '" + name + "' and another one" + " both give the column " + column);
            }
            boolean codesOrValues = AREA_CODE.equals(column) || PERIOD.equals(column);
            variables.add(PxVariable.of(
                    name, values.values(), codes, column, codesOrValues, column != null && !codesOrValues));
        }
        return variables;
    }

    /** The population column a variable fills; null for one that is not read. */
    private static String column(PxFile px, String name, String contents, PxFile.Entry values, SpegelConfig config) {
        List<String> known = PopulationReader.knownColumns(config);
        boolean single = values.values().size() == 1;
        if (name.equals(contents)) {
            if (!single) {
                throw new InputException(
                        px.file(),
                        values.line(),
                        0,
                        null,
                        "the table holds " + values.values().size()
                                + " contents (" + String.join(", ", values.values())
                                + "); download it with only the population"
                                + " count (e.g. Folkmängd)");
            }
            return null;
        }
        Optional<String> code =
                px.entry("VARIABLE-CODE", name).map(e -> e.values().get(0));
        String column = Optional.of(columnOf(name, known, config.columnAliases()))
                .filter(known::contains)
                .or(() -> code.map(c -> columnOf(c, known, config.columnAliases()))
                        .filter(known::contains))
                .or(() -> px.entry("TIMEVAL", name).map(e -> PERIOD))
                .orElse(null);
        if (column == null) {
            if (single) {
                return null;
            }
            throw new InputException(
                    px.file(),
                    values.line(),
                    0,
                    null,
                    "variable '" + name + "' is neither a population"
                            + " column nor a dimension declared in conf (dimensions: "
                            + String.join(", ", config.dimensions().keySet())
                            + "); declare it in conf, or download the table without it");
        }
        if (column.equals(AGE) || column.equals(AGE_BAND)) {
            boolean singleYears = values.values().stream()
                    .map(String::strip)
                    .filter(v -> !v.toLowerCase(java.util.Locale.ROOT).startsWith("tot"))
                    .allMatch(v -> SINGLE_AGE.matcher(v).matches());
            return singleYears ? AGE : AGE_BAND;
        }
        return column;
    }

    private static String columnOf(String name, List<String> known, ColumnAliases aliases) {
        String column = aliases.canonical(name, known);
        return known.contains(column) ? column : SCB_NAMES.getOrDefault(ColumnAliases.normalise(name), column);
    }
}
