package se.spegel.jobs.disclosure;

/**
 * The key of a cell in the cell key method (ABS, ONS 2021; Eurostat 2017): the sum of its
 * members' {@link RecordKey}s modulo 2^32. Record keys are uniform on [0, 2^32), so a cell key
 * is uniform too, whatever the cell's size, and adding or taking away one member changes it
 * by that member's key: sums may run in any order and in a plain long (taking a member away
 * again is a subtraction), and only the lower 32 bits count.
 */
public final class CellKey {
    /** The lower 32 bits: a cell key is a sum modulo 2^32. */
    public static final long MASK = 0xFFFF_FFFFL;

    private CellKey() {}

    /** The cell key of a running sum of record keys. */
    public static long of(long sumOfRecordKeys) {
        return sumOfRecordKeys & MASK;
    }
}
