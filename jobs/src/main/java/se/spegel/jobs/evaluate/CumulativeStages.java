package se.spegel.jobs.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A participant counts in the furthest funnel stage they reached and in every earlier one.
 * Spark counts participants by the stage they reached; this turns those counts into
 * cumulative ones on the driver, where the table is small.
 *
 * <p>The sums run per process and status from the last stage down, in whole millionths of
 * weight; the marginals come out ordered by process, stage, status, dimension and category.
 * Built this way rather than by one map over every (process, stage, status, dimension,
 * category) and one sort of it: that cost ~2 s of the driver's time at 10 M participants
 * (~6·10^5 cells), this a fraction of it.
 */
final class CumulativeStages {
    private CumulativeStages() {}

    static List<Marginal> of(MarginalCounts counts) {
        // process → status → reached stage → its cells
        Map<String, Map<String, TreeMap<Integer, MarginalCounts.Block>>> blocks = new TreeMap<>();
        counts.forEachBlock((processId, stage, status, block) -> blocks.computeIfAbsent(processId, p -> new TreeMap<>())
                .computeIfAbsent(status, s -> new TreeMap<>())
                .put(stage, block));
        List<String> dimensions = counts.dimensions();
        int[] byName = IntStream.range(0, dimensions.size())
                .boxed()
                .sorted(Comparator.comparing(dimensions::get))
                .mapToInt(Integer::intValue)
                .toArray();
        List<Marginal> result = new ArrayList<>();
        blocks.forEach((processId, byStatus) -> {
            List<List<List<Marginal>>> statuses = new ArrayList<>();
            byStatus.forEach(
                    (status, stages) -> statuses.add(cumulative(processId, status, stages, dimensions, byName)));
            int stageCount = statuses.stream().mapToInt(List::size).max().orElse(0);
            for (int stage = 0; stage < stageCount; stage++) {
                for (List<List<Marginal>> status : statuses) {
                    if (stage < status.size()) {
                        result.addAll(status.get(stage));
                    }
                }
            }
        });
        return result;
    }

    /** Per stage (index), the marginals of everyone who reached it or a later one, in dimension and category order. */
    private static List<List<Marginal>> cumulative(
            String processId,
            String status,
            TreeMap<Integer, MarginalCounts.Block> stages,
            List<String> dimensions,
            int[] byName) {
        List<TreeMap<String, long[]>> running = new ArrayList<>();
        dimensions.forEach(d -> running.add(new TreeMap<>()));
        int last = stages.lastKey();
        List<List<Marginal>> byStage = new ArrayList<>(java.util.Collections.nCopies(last + 1, List.of()));
        for (int stage = last; stage >= 0; stage--) {
            MarginalCounts.Block block = stages.get(stage);
            if (block != null) {
                for (int d = 0; d < dimensions.size(); d++) {
                    TreeMap<String, long[]> sums = running.get(d);
                    block.cells(d).forEach((category, cell) -> {
                        if (cell[0] != 0) { // a cell whose participants were all taken away again (duplicates)
                            long[] sum = sums.computeIfAbsent(category, c -> new long[3]);
                            sum[0] += cell[0];
                            sum[1] += cell[1];
                            sum[2] += cell[2]; // a cumulative stage's members are those of the stages summed
                        }
                    });
                }
            }
            List<Marginal> marginals = new ArrayList<>();
            for (int d : byName) {
                int stageIndex = stage;
                running.get(d)
                        .forEach((category, sum) -> marginals.add(new Marginal(
                                processId,
                                stageIndex,
                                status,
                                dimensions.get(d),
                                category,
                                sum[0],
                                BigDecimal.valueOf(sum[1], 6),
                                sum[2])));
            }
            byStage.set(stage, marginals);
        }
        return byStage;
    }
}
