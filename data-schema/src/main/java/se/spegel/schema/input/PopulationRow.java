package se.spegel.schema.input;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One population count: area, age range (a single year: low = high; an age band: its range;
 * null when the table has no age), categories.
 */
public record PopulationRow(int period, String areaCode, Integer ageLow, Integer ageHigh,
                            Map<String, String> categories, long count) {
    public PopulationRow {
        categories = categories instanceof Categories shared ? shared : new Categories(categories);
    }

    /** Whether the row's ages lie wholly inside [low, high] (null bounds are open). */
    public boolean agesWithin(Integer low, Integer high) {
        return ageLow == null || ((low == null || ageLow >= low) && (high == null || ageHigh <= high));
    }

    /**
     * A row's categories, unmodifiable (values may be null: a missing answer). A national table
     * has millions of rows but few distinct combinations, so a reader shares one instance among
     * all rows that have it instead of keeping a map per row.
     */
    static final class Categories extends AbstractMap<String, String> {
        private final Map<String, String> values;

        Categories(Map<String, String> values) {
            this.values = new HashMap<>(values);
        }

        @Override
        public String get(Object key) {
            return values.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return values.containsKey(key);
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return Collections.unmodifiableMap(values).entrySet();
        }
    }
}
