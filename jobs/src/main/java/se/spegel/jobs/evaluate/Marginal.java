package se.spegel.jobs.evaluate;

import java.math.BigDecimal;

/**
 * Participants of one process and cumulative stage, with one status, in one category of
 * one compared dimension: the small table every metric is derived from. {@code keySum} is the
 * sum of its members' {@link se.spegel.jobs.disclosure.RecordKey}s (only its lower 32 bits, the
 * cell key, count): disclosure control perturbs the heads by it.
 */
public record Marginal(
        String processId,
        int stageIndex,
        String status,
        String dimension,
        String category,
        long heads,
        BigDecimal exactWeight,
        long keySum) {
    /** A cell whose members' keys are not known (tests, and cells never published). */
    public Marginal(
            String processId,
            int stageIndex,
            String status,
            String dimension,
            String category,
            long heads,
            BigDecimal exactWeight) {
        this(processId, stageIndex, status, dimension, category, heads, exactWeight, 0L);
    }

    /** The cell key (ABS/ONS cell key method): the members' record keys summed modulo 2^32. */
    public long cellKey() {
        return se.spegel.jobs.disclosure.CellKey.of(keySum);
    }

    /** The same cell with other (published) heads and weight. */
    public Marginal withCounts(long publishedHeads, BigDecimal publishedWeight) {
        return new Marginal(
                processId, stageIndex, status, dimension, category, publishedHeads, publishedWeight, keySum);
    }

    /** The weighted count; summed exactly as a decimal, so independent of summation order. */
    public double weighted() {
        return exactWeight.doubleValue();
    }

    /** Pseudo-dimension that carries each stage's totals per status. */
    public static final String TOTAL = "\u0000total";
    /** Category of participants who did not answer. */
    public static final String MISSING = "\u0000missing";
    /**
     * Category of an intersection's participants whose answer has no population counterpart,
     * merged into one cell when the counts are protected (counted in n_no_counterpart, no row).
     */
    public static final String NO_COUNTERPART = "\u0000nocounterpart";
    /** Category of participants outside the population table's age universe. */
    public static final String OUTSIDE_UNIVERSE = "\u0000outside";

    public static final String IN_SCOPE = "in_scope";
    public static final String OUTSIDE_AREA = "outside_area";
    public static final String OUTSIDE_ELIGIBILITY = "outside_eligibility";
}
