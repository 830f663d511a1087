package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.List;
import se.spegel.schema.config.AgeBands;

/**
 * One population file: its dimension columns make it one table. When it has ages (single
 * years or bands), its universe is the range of ages it covers (e.g. 25–64 for SCB's
 * education table), and participants compared on its dimensions are restricted to that range.
 *
 * @param ageBands the table's own age bands when it gives ages as bands, else null
 */
public record PopulationTable(
        Path file,
        List<String> dimensions,
        boolean hasAge,
        AgeBands ageBands,
        Integer universeMinAge,
        Integer universeMaxAge,
        List<PopulationRow> rows) {
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
