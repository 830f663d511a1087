package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The row groups of a participants file dealt out to as many Spark tasks as there are cores:
 * each task keeps its memo of distinct cell combinations across its row groups and sends one
 * cell table back, where a task per row group would rebuild the memo and send (and the driver
 * deserialise and merge) a full cell table per row group. Measured at 10 M rows in 10 row
 * groups on 2 cores: see bench/README.md.
 */
final class RowGroupSlices {
    private RowGroupSlices() {}

    /**
     * At most {@code slices} non-empty lists of the groups, the largest group first to the slice
     * with the fewest rows (so slices come out near-equal in rows), each list in file order.
     */
    static List<List<ParquetRowGroups.RowGroup>> balanced(List<ParquetRowGroups.RowGroup> groups, int slices) {
        int count = Math.max(1, Math.min(slices, groups.size()));
        List<Slice> built = new ArrayList<>();
        PriorityQueue<Slice> lightest = new PriorityQueue<>(Comparator.comparingLong(Slice::rows)
                .thenComparingInt(Slice::index));
        for (int i = 0; i < count; i++) {
            Slice slice = new Slice(i);
            built.add(slice);
            lightest.add(slice);
        }
        groups.stream().sorted(Comparator.comparingLong(ParquetRowGroups.RowGroup::rows).reversed()
                        .thenComparingLong(ParquetRowGroups.RowGroup::firstLine))
                .forEach(group -> {
                    Slice slice = lightest.poll();
                    slice.add(group);
                    lightest.add(slice);
                });
        return built.stream().filter(s -> !s.groups.isEmpty())
                .map(s -> s.groups.stream().sorted(Comparator.comparingLong(ParquetRowGroups.RowGroup::firstLine))
                        .toList())
                .toList();
    }

    private static final class Slice {
        private final int index;
        private final List<ParquetRowGroups.RowGroup> groups = new ArrayList<>();
        private long rows;

        Slice(int index) {
            this.index = index;
        }

        void add(ParquetRowGroups.RowGroup group) {
            groups.add(group);
            rows += group.rows();
        }

        long rows() {
            return rows;
        }

        int index() {
            return index;
        }
    }
}
