package se.spegel.jobs.evaluate;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;

/**
 * Numbers pairs of ints densely (0, 1, 2, … in order of first appearance): the step by which
 * {@link CodedParticipantCounts} folds a row's cells into the number of a combination, one
 * primitive lookup per cell instead of a key object per row.
 */
final class IdPairs {
    private final Long2IntOpenHashMap ids = new Long2IntOpenHashMap();

    IdPairs() {
        ids.defaultReturnValue(-1);
    }

    /** The pair's number; a pair not seen before gets {@link #size()} (before the call). */
    int id(int first, int second) {
        long key = ((long) first << 32) | (second & 0xFFFF_FFFFL);
        int id = ids.get(key);
        if (id < 0) {
            id = ids.size();
            ids.put(key, id);
        }
        return id;
    }

    /** Forgets every pair (numbering starts at 0 again), keeping the table's room. */
    void clear() {
        ids.clear();
    }

    int size() {
        return ids.size();
    }
}
