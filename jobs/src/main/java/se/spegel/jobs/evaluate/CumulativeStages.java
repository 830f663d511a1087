package se.spegel.jobs.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    static List<Marginal> of(List<Marginal> byReachedStage) {
        Map<Key, Sum> sums = new TreeMap<>(java.util.Comparator.comparing(Key::processId)
                .thenComparingInt(Key::stageIndex).thenComparing(Key::status)
                .thenComparing(Key::dimension).thenComparing(Key::category));
        for (Marginal m : byReachedStage) {
            for (int stage = 0; stage <= m.stageIndex(); stage++) {
                Key key = new Key(m.processId(), stage, m.status(), m.dimension(), m.category());
                sums.merge(key, new Sum(m.heads(), m.exactWeight()), Sum::plus);
            }
        }
        List<Marginal> result = new ArrayList<>(sums.size());
        sums.forEach((k, v) -> result.add(new Marginal(k.processId(), k.stageIndex(), k.status(), k.dimension(),
                k.category(), v.heads(), v.weight())));
        return result;
    }
}
