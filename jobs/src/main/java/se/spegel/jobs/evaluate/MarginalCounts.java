package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads and weights per (process, reached stage, status, dimension, category): the cell
 * table the one pass over participants fills. Weights are summed as whole millionths in a
 * long: a sum of doubles depends on the order of the rows and so on partitioning, a sum of
 * longs does not. Weights are thus used to six decimals.
 *
 * <p>Cells are kept in blocks per (process, stage, status), each block one small map per
 * dimension: a participant finds its block once and then one cell per dimension, which keeps
 * the pass over millions of participants cheap.
 */
public final class MarginalCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long WEIGHT_SCALE = 1_000_000L;

    /** The cells of one process, reached stage and status: per dimension index, category → {heads, weight}. */
    static final class Block implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Map<String, long[]>> byDimension;

        private Block(int dimensions) {
            byDimension = new ArrayList<>(dimensions);
            for (int i = 0; i < dimensions; i++) {
                byDimension.add(new HashMap<>());
            }
        }

        /** Adds one participant (sign +1) or takes one away again (sign -1). */
        void add(int dimension, String category, long weightMillionths, int sign) {
            long[] cell = byDimension.get(dimension).computeIfAbsent(category, c -> new long[2]);
            cell[0] += sign;
            cell[1] += sign * weightMillionths;
        }

        /** The cells of one dimension: category → {heads, weight in millionths}. */
        Map<String, long[]> cells(int dimension) {
            return byDimension.get(dimension);
        }

        /** Adds participants counted elsewhere: their number and their summed weight. */
        void addCell(int dimension, String category, long heads, long weightMillionths) {
            long[] cell = byDimension.get(dimension).computeIfAbsent(category, c -> new long[2]);
            cell[0] += heads;
            cell[1] += weightMillionths;
        }
    }

    private record BlockKey(String processId, int stageIndex, String status) implements Serializable {}

    /** Dimension keys by index; index 0 is the stage totals. */
    private final List<String> dimensions;
    private final Map<BlockKey, Block> blocks = new HashMap<>();

    MarginalCounts(List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    Block block(String processId, int stageIndex, String status) {
        return blocks.computeIfAbsent(new BlockKey(processId, stageIndex, status), k -> new Block(dimensions.size()));
    }

    static long weightMillionths(double weight) {
        // half up, as Spark's round did: weights are positive, so Math.round is exactly that
        return Math.round(weight * WEIGHT_SCALE);
    }

    public MarginalCounts merge(MarginalCounts other) {
        other.blocks.forEach((key, block) -> {
            Block mine = blocks.computeIfAbsent(key, k -> new Block(dimensions.size()));
            for (int d = 0; d < dimensions.size(); d++) {
                Map<String, long[]> cells = mine.byDimension.get(d);
                block.byDimension.get(d).forEach((category, cell) -> {
                    long[] sum = cells.computeIfAbsent(category, c -> new long[2]);
                    sum[0] += cell[0];
                    sum[1] += cell[1];
                });
            }
        });
        return this;
    }

    /** Dimension keys by index (index 0: the stage totals). */
    List<String> dimensions() {
        return dimensions;
    }

    /** What each block holds, by the process, reached stage and status it is for. */
    interface BlockVisitor {
        void visit(String processId, int stageIndex, String status, Block block);
    }

    void forEachBlock(BlockVisitor visitor) {
        blocks.forEach((key, block) -> visitor.visit(key.processId(), key.stageIndex(), key.status(), block));
    }
}
