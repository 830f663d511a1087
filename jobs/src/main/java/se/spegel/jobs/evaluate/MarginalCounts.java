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

    /**
     * The cells of one process, reached stage and status: per dimension index, category →
     * {heads, weight, sum of record keys}.
     */
    static final class Block implements Serializable {
        private static final long serialVersionUID = 1L;
        private final List<Map<String, long[]>> byDimension;

        private Block(int dimensions) {
            byDimension = new ArrayList<>(dimensions);
            for (int i = 0; i < dimensions; i++) {
                byDimension.add(new HashMap<>());
            }
        }

        /** Adds one participant (sign +1) or takes one away again (sign -1), with its record key. */
        void add(int dimension, String category, long weightMillionths, long recordKey, int sign) {
            addCell(dimension, category, sign, sign * weightMillionths, sign * recordKey);
        }

        /** The cells of one dimension: category → {heads, weight in millionths, sum of record keys}. */
        Map<String, long[]> cells(int dimension) {
            return byDimension.get(dimension);
        }

        /** Adds participants counted elsewhere: their number, their summed weight and their summed record keys. */
        void addCell(int dimension, String category, long heads, long weightMillionths, long keySum) {
            MarginalCounts.add(byDimension.get(dimension), category, heads, weightMillionths, keySum);
        }
    }

    private record BlockKey(String processId, int stageIndex, String status) implements Serializable {}

    /** Dimension keys by index; index 0 is the stage totals. */
    private final List<String> dimensions;

    private transient Map<BlockKey, Block> blocks = new HashMap<>();
    /** The cells as they arrived from a Spark task ({@link #writeObject}), until merged or read. */
    private transient PackedCells packed;

    MarginalCounts(List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    Block block(String processId, int stageIndex, String status) {
        return blocks().computeIfAbsent(new BlockKey(processId, stageIndex, status), k -> new Block(dimensions.size()));
    }

    private Map<String, long[]> cells(BlockKey key, int dimension) {
        return blocks.computeIfAbsent(key, k -> new Block(dimensions.size()))
                .byDimension
                .get(dimension);
    }

    static long weightMillionths(double weight) {
        // half up, as Spark's round did: weights are positive, so Math.round is exactly that
        return Math.round(weight * WEIGHT_SCALE);
    }

    public MarginalCounts merge(MarginalCounts other) {
        blocks();
        if (other.packed != null) {
            addAll(other.packed);
            return this;
        }
        other.blocks.forEach((key, block) -> {
            for (int d = 0; d < dimensions.size(); d++) {
                Map<String, long[]> cells = cells(key, d);
                block.byDimension.get(d).forEach((category, cell) -> add(cells, category, cell[0], cell[1], cell[2]));
            }
        });
        return this;
    }

    private static void add(
            Map<String, long[]> cells, String category, long heads, long weightMillionths, long keySum) {
        long[] sum = cells.computeIfAbsent(category, c -> new long[3]);
        sum[0] += heads;
        sum[1] += weightMillionths;
        sum[2] += keySum;
    }

    /** The cells by block, those that arrived packed from a task unpacked first. */
    private Map<BlockKey, Block> blocks() {
        if (packed != null) {
            PackedCells arrived = packed;
            packed = null;
            addAll(arrived);
        }
        return blocks;
    }

    private void addAll(PackedCells cells) {
        cells.forEachCell((key, dimension, category, heads, weight, keySum) ->
                add(cells(key, dimension), category, heads, weight, keySum));
    }

    /**
     * A task's cells travel as a few arrays (strings once, then numbers): Java's serialisation of
     * the maps themselves wrote and read ~6·10^5 small objects per task at 10 M participants
     * (~0.4 s on each side), and the driver then copied them into its own maps anyway.
     */
    private void writeObject(java.io.ObjectOutputStream out) throws java.io.IOException {
        out.defaultWriteObject();
        out.writeObject(PackedCells.of(blocks(), dimensions.size()));
    }

    private void readObject(java.io.ObjectInputStream in) throws java.io.IOException, ClassNotFoundException {
        in.defaultReadObject();
        blocks = new HashMap<>();
        packed = (PackedCells) in.readObject();
    }

    /** The cells of all blocks as arrays, each text once in {@code texts}. */
    private record PackedCells(
            String[] texts,
            int[] blockProcess,
            int[] blockStage,
            int[] blockStatus,
            int[] cellBlock,
            int[] cellDimension,
            int[] cellCategory,
            long[] heads,
            long[] weights,
            long[] keySums)
            implements Serializable {
        interface CellVisitor {
            void visit(BlockKey block, int dimension, String category, long heads, long weightMillionths, long keySum);
        }

        static PackedCells of(Map<BlockKey, Block> blocks, int dimensions) {
            Map<String, Integer> numbers = new HashMap<>();
            java.util.function.ToIntFunction<String> number =
                    text -> numbers.computeIfAbsent(text, t -> numbers.size());
            int cellCount = blocks.values().stream()
                    .mapToInt(b -> b.byDimension.stream().mapToInt(Map::size).sum())
                    .sum();
            int[] process = new int[blocks.size()];
            int[] stage = new int[blocks.size()];
            int[] status = new int[blocks.size()];
            int[] block = new int[cellCount];
            int[] dimension = new int[cellCount];
            int[] category = new int[cellCount];
            long[] heads = new long[cellCount];
            long[] weights = new long[cellCount];
            long[] keySums = new long[cellCount];
            int b = 0;
            int c = 0;
            for (Map.Entry<BlockKey, Block> entry : blocks.entrySet()) {
                process[b] = number.applyAsInt(entry.getKey().processId());
                stage[b] = entry.getKey().stageIndex();
                status[b] = number.applyAsInt(entry.getKey().status());
                for (int d = 0; d < dimensions; d++) {
                    for (Map.Entry<String, long[]> cell :
                            entry.getValue().byDimension.get(d).entrySet()) {
                        block[c] = b;
                        dimension[c] = d;
                        category[c] = number.applyAsInt(cell.getKey());
                        heads[c] = cell.getValue()[0];
                        weights[c] = cell.getValue()[1];
                        keySums[c] = cell.getValue()[2];
                        c++;
                    }
                }
                b++;
            }
            String[] texts = new String[numbers.size()];
            numbers.forEach((text, n) -> texts[n] = text);
            return new PackedCells(texts, process, stage, status, block, dimension, category, heads, weights, keySums);
        }

        void forEachCell(CellVisitor visitor) {
            BlockKey[] keys = new BlockKey[blockProcess.length];
            for (int b = 0; b < keys.length; b++) {
                keys[b] = new BlockKey(texts[blockProcess[b]], blockStage[b], texts[blockStatus[b]]);
            }
            for (int c = 0; c < cellBlock.length; c++) {
                visitor.visit(
                        keys[cellBlock[c]], cellDimension[c], texts[cellCategory[c]], heads[c], weights[c], keySums[c]);
            }
        }
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
        blocks().forEach((key, block) -> visitor.visit(key.processId(), key.stageIndex(), key.status(), block));
    }
}
