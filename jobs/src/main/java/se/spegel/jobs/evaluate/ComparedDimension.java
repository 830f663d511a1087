package se.spegel.jobs.evaluate;

import java.util.List;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;

/**
 * A dimension (or an intersection such as age×gender) that is compared, the population
 * table its shares come from, and the age bands its age part uses (conf's bands for a table
 * of single years, the table's own bands otherwise). A survey-based dimension has
 * {@code survey}, whose benchmarks are its population side; its {@code table} only names the
 * benchmark file (no rows, no ages: every participant in scope is compared).
 */
public record ComparedDimension(
        String key, List<String> parts, PopulationTable table, AgeBands ageBands, SurveySide survey) {
    public static final String INTERSECTION = "×";
    /** SCB's single-year tables end at "100+": a table reaching 100 has no upper age limit. */
    static final int OPEN_TOP_AGE = 100;

    /** A dimension compared with a register's counts. */
    public ComparedDimension(String key, List<String> parts, PopulationTable table, AgeBands ageBands) {
        this(key, parts, table, ageBands, null);
    }

    /** Whether the population side is a survey benchmark. */
    public boolean isSurveyBased() {
        return survey != null;
    }

    public boolean isIntersection() {
        return parts.size() > 1;
    }

    /**
     * The ages compared for a process: the table's age universe cut to the process's
     * eligible ages. A table of age bands can only be cut at band limits, so a band that is
     * partly ineligible (15–19 for a 16+ process) is left out on both sides. Null bounds
     * are open; a table without ages covers everyone (both null).
     */
    public AgeRange universe(ProcessRow process) {
        if (!table.hasAge()) {
            return AgeRange.OPEN;
        }
        Integer low = table.universeMinAge() <= 0 ? null : table.universeMinAge();
        Integer high = table.universeMaxAge() >= OPEN_TOP_AGE ? null : table.universeMaxAge();
        if (table.ageBands() == null) {
            return new AgeRange(max(low, process.minAge()), min(high, process.maxAge()));
        }
        List<AgeBand> eligible = table.ageBands().bands().stream()
                .filter(b -> (process.minAge() == null || b.low() >= process.minAge())
                        && (process.maxAge() == null || b.high() <= process.maxAge()))
                .toList();
        if (eligible.isEmpty()) {
            return new AgeRange(0, -1); // nobody: no band lies within the eligible ages
        }
        AgeBand first = eligible.get(0);
        AgeBand last = eligible.get(eligible.size() - 1);
        return new AgeRange(first.low() <= 0 ? null : first.low(), last.high() >= OPEN_TOP_AGE ? null : last.high());
    }

    /** An age range with open (null) ends. */
    public record AgeRange(Integer low, Integer high) {
        static final AgeRange OPEN = new AgeRange(null, null);
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static Integer min(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
    }
}
