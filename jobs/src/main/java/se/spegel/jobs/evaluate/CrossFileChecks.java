package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.InputLedger.Warning;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.RejectedCells;
import se.spegel.schema.input.ShownValue;

/**
 * Checks that need two input files at once, so no single reader can make them. None of them
 * stops the run (each has a legitimate reading); each finding is a warning in the ledger of the
 * file it concerns, printed by validate and kept in run.json, so that nothing passes silently.
 */
final class CrossFileChecks {
    /** Totals of two tables differing by more than this share are reported. */
    static final double TOTALS_TOLERANCE = 0.01;

    private static final int EXAMPLES = 3;

    private CrossFileChecks() {}

    static void warn(LoadedInputs loaded) {
        // participants in Parquet are judged by Spark executors later: their tallies are checked then
        if (loaded.onSpark().isEmpty()) {
            warnParticipants(
                    ledger(loaded, "participants", null),
                    ParticipantTallies.of(loaded.participants(), loaded.participantDimensions()),
                    loaded);
        }
        List<PopulationTable> tables = loaded.population();
        // each table's own checks side by side (millions of rows each), the findings in table order
        List<TableFindings> findings = sideBySide(tables.stream()
                .<java.util.concurrent.Callable<TableFindings>>map(table ->
                        () -> new TableFindings(areasOutsideHierarchy(table, loaded.areas()), totalsFor(table, tables)))
                .toList());
        Totals totals = new Totals();
        for (int i = 0; i < tables.size(); i++) {
            totals.byTable.put(tables.get(i), findings.get(i).totals());
        }
        for (int i = 0; i < tables.size(); i++) {
            InputLedger ledger = ledger(loaded, "population", tables.get(i));
            findings.get(i).outsideHierarchy().ifPresent(ledger::warn);
            for (int j = 0; j < i; j++) {
                disagreeingTotals(tables.get(i), tables.get(j), totals).ifPresent(ledger::warn);
            }
        }
    }

    /** The participant checks, from the participants' tallies (made on the driver or by Spark tasks). */
    static void warnParticipants(InputLedger participants, ParticipantTallies tallies, LoadedInputs loaded) {
        answersWithoutCounterpart(tallies, loaded.population()).forEach(participants::warn);
        residencesOutsideHierarchy(tallies, loaded.areas()).ifPresent(participants::warn);
        RejectedCells.warning(tallies.rejectedCells(), Map.of()).ifPresent(participants::warn);
    }

    /**
     * Participants' answers that no population table of their dimension has (e.g. a code outside
     * the conf's synonyms): they get their own line and stay out of the shares, as the design says,
     * and this says which they are.
     */
    static List<Warning> answersWithoutCounterpart(ParticipantTallies participants, List<PopulationTable> tables) {
        List<Warning> warnings = new ArrayList<>();
        for (String dimension : participants.dimensions()) {
            Set<String> known = new HashSet<>();
            tables.stream()
                    .filter(t -> t.dimensions().contains(dimension))
                    .forEach(t -> t.rows().forEach(r -> known.add(r.categories().get(dimension))));
            known.remove(null); // a population row whose category is a missing code ("uppgift saknas")
            if (known.isEmpty()) {
                continue; // no table for this dimension: the comparison plan says so
            }
            Map<String, Long> unmatched = new TreeMap<>(participants.answers(dimension));
            unmatched.keySet().removeAll(known);
            if (!unmatched.isEmpty()) {
                List<String> listed = unmatched.entrySet().stream()
                        .limit(EXAMPLES)
                        .map(e -> ShownValue.quoted(e.getKey()) + " (" + e.getValue()
                                + (e.getValue() == 1 ? " row)" : " rows)"))
                        .toList();
                List<String> named = unmatched.keySet().stream()
                        .limit(EXAMPLES)
                        .map(ShownValue::quoted)
                        .toList();
                String more =
                        unmatched.size() > EXAMPLES ? " and " + (unmatched.size() - EXAMPLES) + " more answers" : "";
                String consequence =
                        " has no counterpart in the population tables; reported on its own line, not part of the shares";
                warnings.add(new Warning(
                        dimension + ": " + String.join(", ", listed) + more + consequence,
                        dimension + ": " + String.join(", ", named) + more + consequence));
            }
        }
        return warnings;
    }

    /**
     * Participants whose residence the hierarchy does not know: people from a neighbouring
     * municipality as often as typing errors, so they are kept and count as living outside every
     * target area; this names the codes so that a typing error can be seen.
     */
    static Optional<Warning> residencesOutsideHierarchy(ParticipantTallies participants, AreaHierarchy areas) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Set<String> unknown = new TreeSet<>();
        long rows = 0;
        for (Map.Entry<String, Long> residence : participants.residences().entrySet()) {
            if (!areas.contains(residence.getKey())) {
                unknown.add(residence.getKey());
                rows += residence.getValue();
            }
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        String consequence = " in areas not in the areas file ("
                + examples(unknown) // rejected cells (identifiers, unsafe text) never get here
                + "); they count as living outside every target area (n_outside_area)";
        return Optional.of(new Warning(
                (rows == 1 ? "1 participant lives" : rows + " participants live") + consequence,
                "participants live" + consequence));
    }

    /** Population rows of areas the hierarchy does not know lie in no target area and are never counted. */
    static Optional<String> areasOutsideHierarchy(PopulationTable table, AreaHierarchy areas) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Set<String> unknown = new TreeSet<>();
        long rows = 0;
        for (PopulationRow row : table.rows()) {
            if (!areas.contains(row.areaCode())) {
                unknown.add(row.areaCode());
                rows++;
            }
        }
        if (unknown.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((rows == 1 ? "1 row names an area" : rows + " rows name areas")
                + " not in the areas file (" + examples(unknown) + "); "
                + (rows == 1 ? "it lies in no target area and is" : "they lie in no target area and are")
                + " not counted");
    }

    /**
     * Two tables of single-year ages (or both without ages) should count the same residents per
     * area and year over the ages both cover; tables from different extracts may not, which makes
     * their shares incomparable across dimensions.
     */
    static Optional<String> disagreeingTotals(PopulationTable table, PopulationTable other) {
        return disagreeingTotals(table, other, new Totals());
    }

    private static Optional<String> disagreeingTotals(PopulationTable table, PopulationTable other, Totals totals) {
        Optional<Totals.Span> span = comparedSpan(table, other);
        if (span.isEmpty()) {
            return Optional.empty();
        }
        Integer low = span.get().low();
        Integer high = span.get().high();
        Map<AreaPeriod, Long> mine = totals.of(table, low, high);
        Map<AreaPeriod, Long> theirs = totals.of(other, low, high);
        // only the differing ones are sorted (by their printed form, as they are named)
        List<String> differing = mine.entrySet().stream()
                .filter(total -> {
                    Long count = theirs.get(total.getKey());
                    return count != null
                            && Math.abs(count - total.getValue())
                                    > TOTALS_TOLERANCE * Math.max(count, total.getValue());
                })
                .sorted(Map.Entry.comparingByKey())
                .map(total ->
                        total.getKey() + ": " + total.getValue() + " here, " + theirs.get(total.getKey()) + " there")
                .toList();
        if (differing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("residents " + (low == null ? "" : "aged " + low + "–" + high + " ")
                + "disagree with " + other.name() + " in " + differing.size() + " of " + mine.size()
                + " areas and years by more than " + Math.round(TOTALS_TOLERANCE * 100) + " % (" + examples(differing)
                + "); each table's shares are its own, but the tables may come from different extracts");
    }

    /** An area in a period, ordered and printed as "0180 in 2024". */
    private record AreaPeriod(String areaCode, int period) implements Comparable<AreaPeriod> {
        @Override
        public String toString() {
            return areaCode + " in " + period;
        }

        @Override
        public int compareTo(AreaPeriod other) {
            return toString().compareTo(other.toString());
        }
    }

    private record TableFindings(Optional<String> outsideHierarchy, Map<Totals.Span, Map<AreaPeriod, Long>> totals) {}

    private static <T> List<T> sideBySide(List<java.util.concurrent.Callable<T>> tasks) {
        try {
            return se.spegel.jobs.io.SideBySide.call(tasks);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A table's totals over every age span it is compared on with the other tables. */
    private static Map<Totals.Span, Map<AreaPeriod, Long>> totalsFor(
            PopulationTable table, List<PopulationTable> tables) {
        Map<Totals.Span, Map<AreaPeriod, Long>> totals = new HashMap<>();
        for (PopulationTable other : tables) {
            if (other != table) {
                comparedSpan(table, other)
                        .ifPresent(span -> totals.computeIfAbsent(span, s -> totals(table, s.low(), s.high())));
            }
        }
        return totals;
    }

    /** The ages two tables' totals are compared over; empty when they are not comparable. */
    private static Optional<Totals.Span> comparedSpan(PopulationTable table, PopulationTable other) {
        if (table.ageBands() != null || other.ageBands() != null || table.hasAge() != other.hasAge()) {
            return Optional.empty(); // bands cut ages differently: totals are not comparable
        }
        Integer low = table.hasAge() ? Math.max(table.universeMinAge(), other.universeMinAge()) : null;
        Integer high = table.hasAge() ? Math.min(table.universeMaxAge(), other.universeMaxAge()) : null;
        return low != null && low > high ? Optional.empty() : Optional.of(new Totals.Span(low, high));
    }

    /**
     * Each table's totals summed once per age span, however many tables it is compared with
     * (three national tables of millions of rows are three pairs).
     */
    private static final class Totals {
        private record Span(Integer low, Integer high) {}

        private final Map<PopulationTable, Map<Span, Map<AreaPeriod, Long>>> byTable =
                new java.util.IdentityHashMap<>();

        Map<AreaPeriod, Long> of(PopulationTable table, Integer low, Integer high) {
            return byTable.computeIfAbsent(table, t -> new HashMap<>())
                    .computeIfAbsent(new Span(low, high), span -> totals(table, low, high));
        }
    }

    /** Residents per area and period within [low, high] (null: all ages). */
    private static Map<AreaPeriod, Long> totals(PopulationTable table, Integer low, Integer high) {
        // a hash map over millions of rows, sorted only where differences are named
        Map<AreaPeriod, long[]> totals = new HashMap<>();
        for (PopulationRow row : table.rows()) {
            if (row.agesWithin(low, high)) {
                long[] sum = totals.computeIfAbsent(new AreaPeriod(row.areaCode(), row.period()), k -> new long[1]);
                sum[0] = Math.addExact(sum[0], row.count()); // the reader checked each table's total fits
            }
        }
        Map<AreaPeriod, Long> sums = new HashMap<>();
        totals.forEach((key, sum) -> sums.put(key, sum[0]));
        return sums;
    }

    private static String examples(java.util.Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        String shown = String.join(", ", list.subList(0, Math.min(EXAMPLES, list.size())));
        return list.size() > EXAMPLES ? shown + " …" : shown;
    }

    private static InputLedger ledger(LoadedInputs loaded, String role, PopulationTable table) {
        return loaded.ledgers().stream()
                .filter(l -> l.role().equals(role) && (table == null || l.file().equals(table.file())))
                .findFirst()
                .orElseThrow();
    }
}
