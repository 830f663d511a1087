package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.List;

/**
 * One population file: its dimension columns make it one table. When it has an age column,
 * its universe is the range of ages it covers (e.g. 25–64 for SCB's education table), and
 * participants compared on its dimensions are restricted to that range.
 */
public record PopulationTable(Path file, List<String> dimensions, boolean hasAge, Integer universeMinAge,
                              Integer universeMaxAge, List<PopulationRow> rows) {
    public PopulationTable {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }

    public String name() {
        return file.getFileName().toString();
    }

    /** Whether this table can give population shares for every one of these dimensions. */
    public boolean covers(List<String> wanted) {
        return wanted.stream().allMatch(d -> d.equals("age") ? hasAge : dimensions.contains(d) || d.equals("district"));
    }
}
