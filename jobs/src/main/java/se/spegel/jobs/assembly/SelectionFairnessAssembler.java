package se.spegel.jobs.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.evaluate.Marginal;
import se.spegel.jobs.evaluate.PoolProbabilities;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.SelectionFairness;
import se.spegel.schema.output.SelectionFairnessGroup;

/**
 * {@code selection_fairness} and {@code selection_fairness_groups}: the spread of the pool's
 * probabilities ({@link SelectionSpread}), and per category of every compared dimension the pool's
 * size (from the marginal cells every published count comes from), its mean probability, and, for
 * a random invitation (the process's first stage is {@code invited}), the response rate and the
 * chance from invitation to seat, response rate × mean selection probability. A category whose pool
 * count is withheld by the disclosure rule has its mean withheld too (a mean of two is nearly their
 * probabilities). Means need participants read on the driver; on Spark only the spread is given.
 */
final class SelectionFairnessAssembler {
    private final DisclosureControl disclosure;
    private final List<SelectionFairness> processes = new ArrayList<>();
    private final List<SelectionFairnessGroup> groups = new ArrayList<>();

    SelectionFairnessAssembler(DisclosureControl disclosure) {
        this.disclosure = disclosure;
    }

    List<SelectionFairness> processes() {
        return List.copyOf(processes);
    }

    List<SelectionFairnessGroup> groups() {
        return List.copyOf(groups);
    }

    private record Key(String processId, int stage, String dimension) {}

    /** The stage whose participants are the lottery's pool: the one before {@code selected}. */
    static int poolStage(ProcessRow process) {
        int selected = process.stages().indexOf(QuotaAssembler.SELECTED);
        return selected > 0 ? selected - 1 : Math.max(0, process.lastStageIndex() - 1);
    }

    void assemble(
            Map<String, Map<String, Double>> probabilities,
            LoadedInputs loaded,
            List<ParticipantRow> poolRows,
            List<ComparedDimension> compared,
            List<Marginal> marginals) {
        if (probabilities.isEmpty()) {
            return;
        }
        Map<String, Integer> poolStages = new HashMap<>();
        probabilities
                .keySet()
                .forEach(p -> poolStages.put(p, poolStage(loaded.processes().get(p))));
        List<ComparedDimension> plain =
                compared.stream().filter(d -> !d.isIntersection()).toList();
        Map<Key, Map<String, long[]>> sums = cells(
                poolRows.isEmpty()
                        ? List.of()
                        : PoolProbabilities.of(
                                loaded.processes(), poolRows, plain, loaded.areas(), probabilities, poolStages),
                true);
        Map<Key, Map<String, long[]>> counts = cells(marginals, false);
        probabilities.forEach((processId, pool) -> {
            SelectionSpread spread = new SelectionSpread(
                    pool.values().stream().mapToDouble(Double::doubleValue).toArray());
            ProcessRow process = loaded.processes().get(processId);
            int stage = poolStages.get(processId);
            // the pool's size as the stage's cells give it (the published count), not the probability file's rows
            long poolSize = counts.getOrDefault(new Key(processId, stage, Marginal.TOTAL), Map.of()).values().stream()
                    .mapToLong(v -> v[0])
                    .sum();
            processes.add(new SelectionFairness(
                    processId,
                    poolSize,
                    spread.min(),
                    spread.max(),
                    spread.mean(),
                    spread.gini(),
                    spread.shareBelowHalfMean(),
                    spread.sum()));
            boolean invited = stage > 0 && process.stages().get(0).equals("invited");
            for (ComparedDimension dimension : plain) {
                Map<String, long[]> sum = sums.get(new Key(processId, stage, dimension.key()));
                if (sum == null) {
                    continue;
                }
                groups.addAll(dimensionRows(
                        processId,
                        dimension.key(),
                        sum,
                        counts.getOrDefault(new Key(processId, stage, dimension.key()), Map.of()),
                        // a survey's question is put to those who responded, not to the invited: no response rate
                        invited && !dimension.isSurveyBased()
                                ? counts.getOrDefault(new Key(processId, 0, dimension.key()), Map.of())
                                : null));
            }
        });
    }

    private List<SelectionFairnessGroup> dimensionRows(
            String processId,
            String dimension,
            Map<String, long[]> sums,
            Map<String, long[]> pool,
            Map<String, long[]> invited) {
        List<String> categories = new ArrayList<>(sums.keySet());
        categories.removeIf(c -> c.equals(Marginal.MISSING) || c.equals(Marginal.OUTSIDE_UNIVERSE));
        categories.sort(null);
        long[] parts = new long[categories.size() + 1];
        long total = pool.values().stream().mapToLong(v -> v[0]).sum();
        long named = 0;
        for (int i = 0; i < categories.size(); i++) {
            parts[i] = pool.getOrDefault(categories.get(i), new long[2])[0];
            named += parts[i];
        }
        parts[categories.size()] = Math.max(0, total - named);
        boolean[] hidden = disclosure.hiddenParts(parts);
        List<SelectionFairnessGroup> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            long[] sum = sums.get(categories.get(i));
            Double mean = hidden[i] || sum[0] == 0 ? null : sum[1] / 1e6 / sum[0];
            Double rate = null;
            if (invited != null && !hidden[i]) {
                long asked = invited.getOrDefault(categories.get(i), new long[2])[0];
                rate = asked == 0 ? null : (double) parts[i] / asked;
            }
            rows.add(new SelectionFairnessGroup(
                    processId,
                    dimension,
                    categories.get(i),
                    hidden[i] ? null : parts[i],
                    mean,
                    rate,
                    rate == null || mean == null ? null : rate * mean,
                    hidden[i]));
        }
        return rows;
    }

    /** Per process, stage and dimension: category → {heads, weight in millionths}, over every status. */
    private static Map<Key, Map<String, long[]>> cells(List<Marginal> marginals, boolean withWeight) {
        Map<Key, Map<String, long[]>> cells = new LinkedHashMap<>();
        for (Marginal m : marginals) {
            long[] cell = cells.computeIfAbsent(
                            new Key(m.processId(), m.stageIndex(), m.dimension()), k -> new LinkedHashMap<>())
                    .computeIfAbsent(m.category(), c -> new long[2]);
            cell[0] += m.heads();
            if (withWeight) {
                cell[1] += m.exactWeight().movePointRight(6).longValueExact();
            }
        }
        return cells;
    }
}
