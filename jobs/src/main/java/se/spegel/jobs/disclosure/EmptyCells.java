package se.spegel.jobs.disclosure;

/**
 * Empty cells published as small ones, now and then. The cell key method leaves an empty
 * cell empty (it has no members, hence no key; ABS, ONS 2021), so "fewer than k" still says
 * "at least one". Across linked tables that is enough to pin counts: eight people spread over
 * eight non-empty cells of an intersection are one each, and a margin of fewer than five
 * split over four non-empty cells is four ones (Spegel's own attack test found such chains).
 * ONS paired its cell key method with record swapping for this reason; Spegel, which has no
 * microdata to publish, blurs the zeros instead: a category the population has and no
 * participant falls in is published, with probability {@link #SHARE}, as a count drawn like a
 * small one (uniform on 1..k − 1). Then "fewer than k" means 0 to k − 1 and a non-empty cell
 * can no longer be told from an empty one. The draw is keyed by the cell itself (salt,
 * process, dimension, category), not by a stage, so an empty cell reads the same in every
 * stage, as a cell with the same members does.
 */
public final class EmptyCells {
    /** The share of empty cells published as small: enough doubt, few invented people. */
    public static final double SHARE = 0.2;

    private static final double TWO_TO_32 = 4294967296.0;

    private final int minCount;
    private final String salt;

    public EmptyCells(int minCount, String salt) {
        this.minCount = minCount;
        this.salt = salt;
    }

    /** The count an empty category of a process's dimension is published with: 0, or 1..k − 1. */
    public long published(String processId, String dimension, String category) {
        if (minCount <= 1) {
            return 0;
        }
        double u = RecordKey.of(salt, processId, "\u0000empty\u0000" + dimension + "\u0000" + category) / TWO_TO_32;
        return fromUniform(u, minCount);
    }

    /** The published count of an empty cell whose draw is {@code u}, uniform on [0, 1). */
    static long fromUniform(double u, int minCount) {
        return minCount > 1 && u < SHARE ? 1 + (long) (u / SHARE * (minCount - 1)) : 0;
    }
}
