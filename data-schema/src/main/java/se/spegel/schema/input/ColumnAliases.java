package se.spegel.schema.input;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps header names (any case, Swedish aliases) to canonical column names. */
public final class ColumnAliases {
    private final Map<String, List<String>> aliasesByColumn;

    public ColumnAliases(Map<String, List<String>> aliasesByColumn) {
        this.aliasesByColumn = Map.copyOf(aliasesByColumn);
    }

    public static ColumnAliases none() {
        return new ColumnAliases(Map.of());
    }

    /**
     * Resolves a header for a file whose known columns are {@code known}: aliases only apply
     * among those, so that e.g. "steg" means {@code stages} in processes and {@code stage}
     * in participants. Unknown headers stay as they are (normalised), e.g. extra dimensions.
     */
    public String canonical(String header, List<String> known) {
        String name = normalise(header);
        if (known.contains(name)) {
            return name;
        }
        Map<String, String> lookup = new HashMap<>();
        for (String column : known) {
            for (String alias : aliasesByColumn.getOrDefault(column, List.of())) {
                lookup.putIfAbsent(normalise(alias), column);
            }
        }
        return lookup.getOrDefault(name, name);
    }

    public static String normalise(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }
}
