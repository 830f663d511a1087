package se.spegel.schema.input;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A row's categories per dimension column, unmodifiable (a value may be null: a missing
 * answer). Readers hand rows a map they built for it ({@link #owning}) or one they share among
 * many rows, so that the records need not copy it again: there are millions of rows.
 */
final class CategoryValues extends AbstractMap<String, String> implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final HashMap<String, String> values;

    private CategoryValues(HashMap<String, String> values) {
        this.values = values;
    }

    /** A copy of any map. */
    static CategoryValues of(Map<String, String> values) {
        return values instanceof CategoryValues already ? already : new CategoryValues(new HashMap<>(values));
    }

    /** Takes over a map its caller built for this row and will not touch again. */
    static CategoryValues owning(HashMap<String, String> values) {
        return new CategoryValues(values);
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
