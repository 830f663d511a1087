package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Heads and weights per (process, reached stage, status, dimension, category): the cell
 * table the one pass over participants fills. Weights are summed as whole millionths in a
 * long: a sum of doubles depends on the order of the rows and so on partitioning, a sum of
 * longs does not. Weights are thus used to six decimals.
 */
public final class MarginalCounts implements Serializable {
    private static final long serialVersionUID = 1L;
    static final long WEIGHT_SCALE = 1_000_000L;

    record Key(String processId, int stageIndex, String status, String dimension, String category)
            implements Serializable {}

    private final Map<Key, long[]> cells = new HashMap<>();

    /** Adds one participant (sign +1) or takes one away again (sign -1). */
    void add(Key key, long weightMillionths, int sign) {
        long[] cell = cells.computeIfAbsent(key, k -> new long[2]);
        cell[0] += sign;
        cell[1] += sign * weightMillionths;
    }

    static long weightMillionths(double weight) {
        // half up, as Spark's round did: weights are positive, so Math.round is exactly that
        return Math.round(weight * WEIGHT_SCALE);
    }

    public MarginalCounts merge(MarginalCounts other) {
        other.cells.forEach((key, cell) -> {
            long[] mine = cells.computeIfAbsent(key, k -> new long[2]);
            mine[0] += cell[0];
            mine[1] += cell[1];
        });
        return this;
    }

    public int size() {
        return cells.size();
    }

    /** The counts by reached stage, empty cells (all taken away again) left out. */
    public List<Marginal> byReachedStage() {
        List<Marginal> result = new ArrayList<>(cells.size());
        cells.forEach((k, cell) -> {
            if (cell[0] != 0) {
                result.add(new Marginal(k.processId(), k.stageIndex(), k.status(), k.dimension(), k.category(),
                        cell[0], BigDecimal.valueOf(cell[1], 6)));
            }
        });
        return result;
    }
}
