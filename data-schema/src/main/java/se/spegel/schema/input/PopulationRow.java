package se.spegel.schema.input;

import java.util.Map;

/** One population count: area, single-year age (or null when the table has no age), categories. */
public record PopulationRow(int period, String areaCode, Integer age, Map<String, String> categories, long count) {
    public PopulationRow {
        categories = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(categories));
    }
}
