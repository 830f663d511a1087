package se.spegel.jobs.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

/**
 * A participant counts in the furthest funnel stage they reached and in every earlier one.
 * Spark counts participants by the stage they reached; this turns those counts into
 * cumulative ones on the driver, where the table is small.
 */
final class CumulativeStages {
    private CumulativeStages() {}

    private record Key(String processId, int stageIndex, String status, String dimension, String category) {}

    private record Sum(long heads, BigDecimal weight) {
        Sum plus(Sum other) {
            return new Sum(heads + other.heads, weight.add(other.weight));
        }
    }

    /** Ordered by process, stage, status, dimension and category. */
    private static final java.util.Comparator<Key> ORDER = java.util.Comparator.comparing(Key::processId)
            .thenComparingInt(Key::stageIndex).thenComparing(Key::status)
            .thenComparing(Key::dimension).thenComparing(Key::category);

    static List<Marginal> of(List<Marginal> byReachedStage) {
        // summed in a hash map and sorted once: a tree map's comparisons cost more at 10^6 cells
        Map<Key, Sum> sums = new HashMap<>();
        for (Marginal m : byReachedStage) {
            for (int stage = 0; stage <= m.stageIndex(); stage++) {
                Key key = new Key(m.processId(), stage, m.status(), m.dimension(), m.category());
                sums.merge(key, new Sum(m.heads(), m.exactWeight()), Sum::plus);
            }
        }
        List<Map.Entry<Key, Sum>> sorted = new ArrayList<>(sums.entrySet());
        sorted.sort(Map.Entry.comparingByKey(ORDER));
        List<Marginal> result = new ArrayList<>(sorted.size());
        sorted.forEach(e -> result.add(new Marginal(e.getKey().processId(), e.getKey().stageIndex(),
                e.getKey().status(), e.getKey().dimension(), e.getKey().category(), e.getValue().heads(),
                e.getValue().weight())));
        return result;
    }
}
