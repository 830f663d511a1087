package se.spegel.jobs.evaluate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;

/**
 * Population counts per category of a compared dimension for one process: rows of the
 * process's period, within its target area (through the hierarchy), within its eligible
 * ages. When a table holds several levels below the target (e.g. districts and DeSO), only
 * the finest level is used, so that no resident is counted twice.
 */
public final class PopulationAggregator {
    private final SpegelConfig config;
    private final AreaHierarchy areas;
    /** Each table's rows by area code, built once: a national table has a million rows and thousands of processes. */
    private final Map<PopulationTable, Map<String, List<PopulationRow>>> rowsByArea =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public PopulationAggregator(SpegelConfig config, AreaHierarchy areas) {
        this.config = config;
        this.areas = areas;
    }

    /** Counts per category in display order; empty when the table has no rows for this process. */
    public Map<String, Long> counts(ProcessRow process, ComparedDimension dimension) {
        PopulationTable table = dimension.table();
        List<PopulationRow> rows = rowsFor(process, table);
        Map<String, Long> counts = new TreeMap<>(CategoryOrder.of(dimension, config));
        ComparedDimension.AgeRange universe = dimension.universe(process);
        for (PopulationRow row : rows) {
            if (!row.agesWithin(universe.low(), universe.high())) {
                continue;
            }
            String category = category(row, dimension, process);
            if (category != null) {
                counts.merge(category, row.count(), Long::sum);
            }
        }
        return counts;
    }

    private List<PopulationRow> rowsFor(ProcessRow process, PopulationTable table) {
        Map<String, List<PopulationRow>> byArea = rowsByArea.computeIfAbsent(table, t -> t.rows().stream()
                .collect(java.util.stream.Collectors.groupingBy(PopulationRow::areaCode)));
        List<PopulationRow> within = areas.areasWithin(process.areaCode()).stream()
                .flatMap(area -> byArea.getOrDefault(area, List.of()).stream())
                .filter(r -> r.period() == process.period())
                .toList();
        Map<String, Integer> depth = new HashMap<>();
        within.forEach(r -> depth.computeIfAbsent(r.areaCode(), areas::depth));
        int finest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return within.stream().filter(r -> depth.get(r.areaCode()) == finest).toList();
    }

    private String category(PopulationRow row, ComparedDimension dimension, ProcessRow process) {
        StringBuilder category = new StringBuilder();
        for (String part : dimension.parts()) {
            String value = switch (part) {
                case "age" -> row.ageLow() == null ? null
                        : dimension.ageBands().bandHolding(row.ageLow(), row.ageHigh()).map(AgeBand::code).orElse(null);
                case "district" -> areas.districtOf(row.areaCode(), process.areaCode());
                default -> row.categories().get(part);
            };
            if (value == null) {
                return null;
            }
            if (category.length() > 0) {
                category.append(ComparedDimension.INTERSECTION);
            }
            category.append(value);
        }
        return category.toString();
    }
}
