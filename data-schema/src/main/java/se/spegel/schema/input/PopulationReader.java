package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;

/** Reads one population file (one table) in long form. */
public final class PopulationReader {
    private PopulationReader() {}

    public record Result(PopulationTable table, InputLedger ledger) {}

    public static Result read(Path file, SpegelConfig config) {
        InputLedger ledger = new InputLedger("population", file);
        List<String> known = new ArrayList<>(POPULATION_NON_DIMENSIONS);
        known.add(AGE);
        known.addAll(config.dimensions().keySet());
        List<PopulationRow> rows = new ArrayList<>();
        List<String> dimensions = new ArrayList<>();
        int[] ageRange = {Integer.MAX_VALUE, Integer.MIN_VALUE};
        boolean hasAge;
        try (CsvInput input = CsvInput.open(file, known, POPULATION_REQUIRED, config.columnAliases(), false)) {
            hasAge = input.has(AGE);
            for (String column : input.columns()) {
                if (!POPULATION_NON_DIMENSIONS.contains(column) && !column.equals(AGE)) {
                    if (config.dimension(column) == null) {
                        throw new InputException(file, 1, input.position(column), column, "column '" + column
                                + "' is neither a population column nor a dimension declared in conf (dimensions: "
                                + String.join(", ", config.dimensions().keySet()) + ")");
                    }
                    dimensions.add(column);
                }
            }
            input.forEach(row -> {
                PopulationRow population = toRow(row, dimensions, config, ledger);
                if (population != null) {
                    rows.add(population);
                    ledger.accept();
                    if (population.age() != null) {
                        ageRange[0] = Math.min(ageRange[0], population.age());
                        ageRange[1] = Math.max(ageRange[1], population.age());
                    }
                }
            }, (line, reason, detail) -> ledger.reject(line, null, reason, detail));
        }
        boolean restricted = hasAge && !rows.isEmpty();
        PopulationTable table = new PopulationTable(file, dimensions, hasAge,
                restricted ? ageRange[0] : null, restricted ? ageRange[1] : null, rows);
        return new Result(table, ledger);
    }

    private static PopulationRow toRow(CsvRow row, List<String> dimensions, SpegelConfig config, InputLedger ledger) {
        Integer period = row.integer(PERIOD);
        String area = row.text(AREA_CODE);
        Double count = row.decimal(COUNT);
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
        Integer age = null;
        if (row.has(AGE)) {
            age = populationAge(row);
        }
        Map<String, String> categories = new HashMap<>();
        for (String dimension : dimensions) {
            String value = row.text(dimension);
            DimensionScheme scheme = config.dimension(dimension);
            categories.put(dimension, config.isMissing(value) ? null : scheme.canonical(value));
        }
        return new PopulationRow(period, area, age, categories, count.longValue());
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
