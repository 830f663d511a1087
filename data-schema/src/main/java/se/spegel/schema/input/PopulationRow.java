package se.spegel.schema.input;

import java.util.Map;

/**
 * One population count: area, age range (a single year: low = high; an age band: its range;
 * null when the table has no age), categories.
 */
public record PopulationRow(
        int period, String areaCode, Integer ageLow, Integer ageHigh, Map<String, String> categories, long count) {
    public PopulationRow {
        categories = CategoryValues.of(categories);
    }

    /** Whether the row's ages lie wholly inside [low, high] (null bounds are open). */
    public boolean agesWithin(Integer low, Integer high) {
        return ageLow == null || ((low == null || ageLow >= low) && (high == null || ageHigh <= high));
    }
}
