package se.spegel.jobs.evaluate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the hashes that occur more than once across the sorted hash arrays of all partitions. */
final class IdentityHashes {
    private IdentityHashes() {}

    static Set<Long> repeated(List<long[]> sortedParts) {
        int total = sortedParts.stream().mapToInt(a -> a.length).sum();
        long[] all = new long[total];
        int at = 0;
        for (long[] part : sortedParts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        java.util.Arrays.sort(all);
        Set<Long> repeated = new HashSet<>();
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                repeated.add(all[i]);
            }
        }
        return repeated;
    }
}
