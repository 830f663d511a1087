package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.PopulationTable;

/**
 * Decides which dimensions are compared and against which population table. A dimension
 * is compared against the table that covers it with the widest age universe (then the
 * fewest other dimensions): gender against the all-ages age×gender table rather than the
 * 25–64 education table, education against the education table and only for its ages.
 */
public final class ComparisonPlan {
    /** SCB's single-year tables end at "100+": a table reaching 100 has no upper age limit. */
    static final int OPEN_TOP_AGE = 100;

    private final List<ComparedDimension> dimensions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ComparisonPlan(SpegelConfig config, List<PopulationTable> tables, List<String> participantColumns,
                          boolean hasHierarchy) {
        for (DimensionScheme scheme : config.dimensions().values()) {
            boolean available = switch (scheme.source()) {
                case AGE -> true;
                case COLUMN -> participantColumns.contains(scheme.code());
                case AREA -> hasHierarchy;
            };
            if (available) {
                add(List.of(scheme.code()), tables);
            }
        }
        for (List<String> pair : config.intersections()) {
            if (pair.stream().allMatch(p -> dimensions.stream().anyMatch(d -> d.key().equals(p)))) {
                add(pair, tables);
            }
        }
    }

    private void add(List<String> parts, List<PopulationTable> tables) {
        String key = String.join(ComparedDimension.INTERSECTION, parts);
        tables.stream()
                .filter(t -> t.covers(parts))
                .min(Comparator.comparingInt(ComparisonPlan::effectiveWidth).reversed()
                        // a table with ages can be cut to the eligible ages; one without cannot
                        .thenComparing(t -> !t.hasAge())
                        .thenComparingInt(t -> t.dimensions().size()))
                .ifPresentOrElse(
                        t -> dimensions.add(new ComparedDimension(key, parts, t,
                                t.universeMinAge() == null || t.universeMinAge() <= 0 ? null : t.universeMinAge(),
                                t.universeMaxAge() == null || t.universeMaxAge() >= OPEN_TOP_AGE ? null : t.universeMaxAge())),
                        () -> notes.add("no population table holds " + key + "; it is not compared"));
    }

    private static int effectiveWidth(PopulationTable table) {
        Integer low = table.universeMinAge();
        Integer high = table.universeMaxAge();
        if (low == null || (low <= 0 && high >= OPEN_TOP_AGE)) {
            return Integer.MAX_VALUE;
        }
        return high - low;
    }

    public List<ComparedDimension> dimensions() {
        return List.copyOf(dimensions);
    }

    /** What the plan had to leave out, for run.json and the log. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
