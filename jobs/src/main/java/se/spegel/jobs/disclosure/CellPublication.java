package se.spegel.jobs.disclosure;

/**
 * How a cell of a <em>random</em> group would be published: the chance tests draw their null
 * replicates through it, so that the published D of a real group is read against the published
 * D of random groups of its size, noise included. A drawn cell is published as a real one is
 * ({@link PerturbationTable} for a non-empty cell, {@link EmptyCells} for an empty one), with a
 * uniform 32-bit draw standing in for its key: a cell of randomly drawn members has a key sum
 * that is uniform mod 2³², and an empty cell's keyed draw is uniform over the categories.
 */
public final class CellPublication {
    private static final double TWO_TO_32 = 4294967296.0;

    private final PerturbationTable table;

    public CellPublication(PerturbationTable table) {
        this.table = table;
    }

    /** Whether publication changes any count (false: the null is of the counts themselves). */
    public boolean changesCounts() {
        return table.protects();
    }

    /** @param key a uniform draw of 32 bits (the low 32 bits are read) */
    public long publish(long count, long key) {
        if (count == 0) {
            return EmptyCells.fromUniform((key & CellKey.MASK) / TWO_TO_32, table.minCount());
        }
        return table.perturb(count, key);
    }
}
