package se.spegel.jobs.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the hashes that occur more than once across the sorted hash arrays of all partitions,
 * by merging them in place: one array per core, millions of hashes each, so no copy of them all
 * (80 MB at 10 M rows, which used to set off a full collection of the heap) is made.
 */
final class IdentityHashes {
    private IdentityHashes() {}

    /** @param sortedParts arrays each in ascending (signed) order */
    static Set<Long> repeated(List<long[]> sortedParts) {
        long[][] parts = sortedParts.toArray(long[][]::new);
        int[] at = new int[parts.length];
        Set<Long> repeated = new HashSet<>();
        boolean first = true;
        long previous = 0;
        while (true) {
            int smallest = -1;
            long value = 0;
            for (int p = 0; p < parts.length; p++) { // a few parts (one per core): a scan beats a heap
                if (at[p] < parts[p].length && (smallest < 0 || parts[p][at[p]] < value)) {
                    smallest = p;
                    value = parts[p][at[p]];
                }
            }
            if (smallest < 0) {
                return repeated;
            }
            at[smallest]++;
            if (!first && value == previous) {
                repeated.add(value);
            }
            first = false;
            previous = value;
        }
    }
}
