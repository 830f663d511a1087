package se.spegel.jobs.evaluate;

import java.math.BigDecimal;

/**
 * Participants of one process and cumulative stage, with one status, in one category of
 * one compared dimension: the small table every metric is derived from.
 */
public record Marginal(String processId, int stageIndex, String status, String dimension, String category,
                       long heads, BigDecimal exactWeight) {
    /** The weighted count; summed exactly as a decimal, so independent of summation order. */
    public double weighted() {
        return exactWeight.doubleValue();
    }

    /** Pseudo-dimension that carries each stage's totals per status. */
    public static final String TOTAL = "\u0000total";
    /** Category of participants who did not answer. */
    public static final String MISSING = "\u0000missing";
    /** Category of participants outside the population table's age universe. */
    public static final String OUTSIDE_UNIVERSE = "\u0000outside";

    public static final String IN_SCOPE = "in_scope";
    public static final String OUTSIDE_AREA = "outside_area";
    public static final String OUTSIDE_ELIGIBILITY = "outside_eligibility";
}
