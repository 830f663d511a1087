package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.jobs.metrics.CategoryCount;
import se.spegel.jobs.metrics.DimensionCounts;
import se.spegel.jobs.metrics.DissimilarityIndex;
import se.spegel.jobs.metrics.StageChangeAgainstChance;
import se.spegel.schema.output.StageChange;

/**
 * Shapes two consecutive stages' counts of the plain dimensions into {@link StageChangeAgainstChance}
 * and its results into {@code stage_changes} rows and the stage's mean for {@code process_summary}.
 * Only the participant cells (head counts per category) the metrics get are used, so whatever
 * protects those cells protects these numbers too.
 */
final class FunnelAgainstChance {
    private final StageChangeAgainstChance test;

    FunnelAgainstChance(int samples, double level, CellPublication publication) {
        this.test = new StageChangeAgainstChance(samples, level, publication);
    }

    /** The stage's rows (one per plain dimension compared at both stages) and the mean's result (null if none). */
    record Stage(List<StageChange> rows, StageChangeAgainstChance.Result mean) {}

    /** @param previous and {@code current}: the plain dimensions' counts at the stage before and this one, by key */
    Stage test(
            String previousStage,
            int stageIndex,
            Map<String, DimensionCounts> previous,
            Map<String, DimensionCounts> current) {
        List<DimensionCounts> compared = new ArrayList<>();
        List<StageChangeAgainstChance.Dimension> inputs = new ArrayList<>();
        current.forEach((key, now) -> {
            DimensionCounts before = previous.get(key);
            if (before != null && now.population().values().stream().anyMatch(n -> n > 0)) {
                compared.add(now);
                inputs.add(new StageChangeAgainstChance.Dimension(
                        heads(before),
                        heads(now),
                        popShares(now),
                        (now.processId() + '|' + now.stage() + '|' + key + "|funnel").hashCode()));
            }
        });
        StageChangeAgainstChance.Outcome outcome = test.test(inputs);
        List<StageChange> rows = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            DimensionCounts now = compared.get(i);
            StageChangeAgainstChance.Result r = outcome.dimensions().get(i);
            if (r == null) {
                continue;
            }
            StageChangeAgainstChance.Dimension in = inputs.get(i);
            rows.add(new StageChange(
                    now.processId(),
                    now.method(),
                    now.stage(),
                    stageIndex,
                    previousStage,
                    now.dimension(),
                    r.dissimilarity(),
                    dissimilarity(in.previous(), in.popShares()),
                    r.expectedDissimilarity(),
                    r.pWorse(),
                    r.pBetter(),
                    r.verdict()));
        }
        return new Stage(rows, outcome.mean());
    }

    /** Head counts per population category, in the population's category order. */
    private static long[] heads(DimensionCounts counts) {
        long[] heads = new long[counts.population().size()];
        int k = 0;
        for (String category : counts.population().keySet()) {
            long n = 0;
            for (CategoryCount c : counts.participants()) {
                if (c.category().equals(category)) {
                    n = c.unweighted();
                }
            }
            heads[k++] = n;
        }
        return heads;
    }

    private static double[] popShares(DimensionCounts counts) {
        double total =
                counts.population().values().stream().mapToLong(Long::longValue).sum();
        return counts.population().values().stream().mapToDouble(n -> n / total).toArray();
    }

    private static Double dissimilarity(long[] heads, double[] popShares) {
        long n = java.util.Arrays.stream(heads).sum();
        if (n == 0) {
            return null;
        }
        double[] shares =
                java.util.Arrays.stream(heads).mapToDouble(h -> (double) h / n).toArray();
        return DissimilarityIndex.of(shares, popShares);
    }
}
