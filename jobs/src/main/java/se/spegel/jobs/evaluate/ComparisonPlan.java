package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.spegel.schema.config.AgeBands;
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
    private final List<ComparedDimension> dimensions = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final AgeBands ageBands;

    public ComparisonPlan(
            SpegelConfig config, List<PopulationTable> tables, List<String> participantColumns, boolean hasHierarchy) {
        this(config, tables, participantColumns, hasHierarchy, SurveyPlan.NONE);
    }

    /** @param surveys the survey-based dimensions (compared with their benchmarks, after the register's) */
    public ComparisonPlan(
            SpegelConfig config,
            List<PopulationTable> tables,
            List<String> participantColumns,
            boolean hasHierarchy,
            SurveyPlan surveys) {
        this.ageBands = config.ageBands();
        for (DimensionScheme scheme : config.dimensions().values()) {
            if (config.isQuotaOnly(scheme.code()) || surveys.covers(scheme.code())) {
                continue; // compared with an assembly's quotas only, or with a survey below
            }
            boolean available = switch (scheme.source()) {
                case AGE -> true;
                case COLUMN -> participantColumns.contains(scheme.code());
                case AREA -> hasHierarchy;
            };
            if (available) {
                add(List.of(scheme.code()), tables);
            }
        }
        List<String> compared = dimensions.stream().map(ComparedDimension::key).toList();
        // a survey's shares are of its dimension alone: no intersection (no table holds it with another)
        for (ComparedDimension survey : surveys.dimensions()) {
            if (participantColumns.contains(survey.key())) {
                dimensions.add(survey);
            } else {
                notes.add(survey.key()
                        + " has a survey benchmark but the participants have no such column; it is not compared");
            }
        }
        Set<List<String>> pairs = new LinkedHashSet<>(config.intersections());
        pairs.addAll(pairsHeldByTables(tables, compared));
        for (List<String> pair : pairs) {
            if (compared.containsAll(pair)) {
                add(pair, tables);
            }
        }
    }

    /** Every pair of compared dimensions that one population table holds, in dimension order. */
    private static List<List<String>> pairsHeldByTables(List<PopulationTable> tables, List<String> compared) {
        List<List<String>> pairs = new ArrayList<>();
        for (PopulationTable table : tables) {
            List<String> held = compared.stream()
                    .filter(d -> !d.equals("district") && table.covers(List.of(d)))
                    .toList();
            for (int i = 0; i < held.size(); i++) {
                for (int j = i + 1; j < held.size(); j++) {
                    pairs.add(List.of(held.get(i), held.get(j)));
                }
            }
        }
        return pairs;
    }

    private void add(List<String> parts, List<PopulationTable> tables) {
        String key = String.join(ComparedDimension.INTERSECTION, parts);
        tables.stream()
                .filter(t -> t.covers(parts))
                .min(Comparator.comparingInt(ComparisonPlan::effectiveWidth)
                        .reversed()
                        // a table with ages can be cut to the eligible ages; one without cannot
                        .thenComparing(t -> !t.hasAge())
                        .thenComparingInt(t -> t.dimensions().size()))
                .ifPresentOrElse(
                        t -> dimensions.add(
                                new ComparedDimension(key, parts, t, t.ageBands() != null ? t.ageBands() : ageBands)),
                        () -> notes.add("no population table holds " + key + "; it is not compared"));
    }

    private static int effectiveWidth(PopulationTable table) {
        Integer low = table.universeMinAge();
        Integer high = table.universeMaxAge();
        if (low == null || (low <= 0 && high >= ComparedDimension.OPEN_TOP_AGE)) {
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
