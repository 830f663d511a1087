package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.CategoryOrder;

/**
 * Population counts per category of a compared dimension for one process: rows of the
 * process's period, within its target area (through the hierarchy), within its eligible
 * ages. When a table holds several levels below the target (e.g. districts and DeSO), only
 * the finest level is used, so that no resident is counted twice.
 *
 * <p>A national run asks for thousands of processes, most of which share their municipality,
 * period and age universe with others; the counts depend on nothing else, so each distinct
 * question is answered once (thread-safe: processes are assembled in parallel).
 */
public final class PopulationAggregator {
    private final SpegelConfig config;
    private final AreaHierarchy areas;
    /** Each table's rows by area code, built once: a national table has a million rows. */
    private final Map<PopulationTable, Map<String, List<PopulationRow>>> rowsByArea =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private final Map<RowsKey, List<PopulationRow>> rowsWithin = new ConcurrentHashMap<>();
    private final Map<CountsKey, Map<String, Long>> countsCache = new ConcurrentHashMap<>();

    /** Keys hold names, not the table records, whose hash would walk every row. */
    private record RowsKey(java.nio.file.Path tableFile, String areaCode, int period) {}

    private record CountsKey(String dimensionKey, String areaCode, int period, ComparedDimension.AgeRange universe) {}

    public PopulationAggregator(SpegelConfig config, AreaHierarchy areas) {
        this.config = config;
        this.areas = areas;
    }

    /** Counts per category in display order; empty when the table has no rows for this process. */
    public Map<String, Long> counts(ProcessRow process, ComparedDimension dimension) {
        CountsKey key =
                new CountsKey(dimension.key(), process.areaCode(), process.period(), dimension.universe(process));
        return countsCache.computeIfAbsent(key, k -> aggregate(dimension, k));
    }

    private Map<String, Long> aggregate(ComparedDimension dimension, CountsKey key) {
        RowCategories categories = new RowCategories(dimension, key.areaCode());
        Map<String, Long> counts = new HashMap<>();
        for (PopulationRow row : rowsFor(dimension.table(), key.areaCode(), key.period())) {
            if (row.agesWithin(key.universe().low(), key.universe().high())) {
                String category = categories.of(row);
                if (category != null) {
                    counts.merge(category, row.count(), Math::addExact); // the reader checked each table's total fits
                }
            }
        }
        // sorted once here, not kept in a sorted map: the display order splits intersections
        Map<String, Long> ordered = new LinkedHashMap<>();
        counts.keySet().stream()
                .sorted(categoryOrder(dimension, config))
                .forEach(category -> ordered.put(category, counts.get(category)));
        return java.util.Collections.unmodifiableMap(ordered);
    }

    /** data-schema's one category order, with conf's categories (the run's age bands for age) listed per part. */
    private static CategoryOrder categoryOrder(ComparedDimension dimension, SpegelConfig config) {
        List<List<String>> listed = new ArrayList<>();
        for (String part : dimension.parts()) {
            listed.add(
                    part.equals("age")
                            ? dimension.ageBands().codes()
                            : config.dimension(part) == null
                                    ? List.of()
                                    : config.dimension(part).order());
        }
        return CategoryOrder.ofParts(listed);
    }

    private List<PopulationRow> rowsFor(PopulationTable table, String areaCode, int period) {
        return rowsWithin.computeIfAbsent(new RowsKey(table.file(), areaCode, period), k -> finestRowsWithin(table, k));
    }

    private List<PopulationRow> finestRowsWithin(PopulationTable table, RowsKey key) {
        Map<String, List<PopulationRow>> byArea = rowsByArea.computeIfAbsent(
                table, t -> t.rows().stream().collect(Collectors.groupingBy(PopulationRow::areaCode)));
        List<PopulationRow> within = areas.areasWithin(key.areaCode()).stream()
                .flatMap(area -> byArea.getOrDefault(area, List.of()).stream())
                .filter(r -> r.period() == key.period())
                .toList();
        Map<String, Integer> depth = new HashMap<>();
        within.forEach(r -> depth.computeIfAbsent(r.areaCode(), areas::depth));
        int finest = depth.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return within.stream().filter(r -> depth.get(r.areaCode()) == finest).toList();
    }

    /** A row's category in one dimension, with the age band and district of each distinct value looked up once. */
    private final class RowCategories {
        private final ComparedDimension dimension;
        private final String targetArea;
        private final Map<Long, String> bandByAges = new HashMap<>();
        private final Map<String, String> districtByArea = new HashMap<>();

        RowCategories(ComparedDimension dimension, String targetArea) {
            this.dimension = dimension;
            this.targetArea = targetArea;
        }

        String of(PopulationRow row) {
            StringBuilder category = new StringBuilder();
            for (String part : dimension.parts()) {
                String value = switch (part) {
                    case "age" -> row.ageLow() == null ? null : band(row.ageLow(), row.ageHigh());
                    case "district" ->
                        districtByArea.computeIfAbsent(row.areaCode(), area -> areas.districtOf(area, targetArea));
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

        private String band(int low, int high) {
            long key = ((long) low << 32) | (high & 0xffffffffL);
            if (!bandByAges.containsKey(key)) {
                bandByAges.put(
                        key,
                        dimension
                                .ageBands()
                                .bandHolding(low, high)
                                .map(AgeBand::code)
                                .orElse(null));
            }
            return bandByAges.get(key);
        }
    }
}
