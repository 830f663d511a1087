package se.spegel.jobs.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.Marginal;
import se.spegel.jobs.evaluate.PopulationAggregator;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.QuotaFulfilment;

/**
 * The {@code quota_fulfilment} rows: each quota's n from the quota dimensions' marginal cells
 * (the cell counts every published count comes from), at the pool stage (the stage before
 * {@code selected}) and at {@code selected} and every later stage; whether each holds, the
 * deviation, and swedish-sortition's distance. Counts are withheld by the same rule as every
 * published count ({@link DisclosureControl#hiddenParts}: the values of a feature and the rest of
 * the stage add up to the stage's total, so one small cell takes a second with it), and a distance
 * is published only when none of its counts is withheld (it would give them back).
 */
public final class QuotaAssembler {
    /** The stage a lottery's draw is judged at. */
    static final String SELECTED = "selected";

    private static final String YES = "yes";

    private final DisclosureControl disclosure;
    private final PopulationAggregator population;

    public QuotaAssembler(DisclosureControl disclosure, PopulationAggregator population) {
        this.disclosure = disclosure;
        this.population = population;
    }

    private record CellKey(String processId, int stage, String dimension) {}

    public List<QuotaFulfilment> assemble(Map<String, ProcessRow> processes, QuotaPlan plan, List<Marginal> marginals) {
        if (plan.quotas().isEmpty()) {
            return List.of();
        }
        Map<CellKey, Map<String, Long>> cells = new HashMap<>();
        for (Marginal m : marginals) {
            if (m.dimension().startsWith(QuotaPlan.KEY_PREFIX) || m.dimension().equals(Marginal.TOTAL)) {
                // every status: the lottery seated whoever it drew, wherever they live
                cells.computeIfAbsent(new CellKey(m.processId(), m.stageIndex(), m.dimension()), k -> new HashMap<>())
                        .merge(m.category(), m.heads(), Long::sum);
            }
        }
        Map<String, Map<String, List<QuotaPlan.Matched>>> byProcess = new LinkedHashMap<>();
        for (QuotaPlan.Matched quota : plan.quotas()) {
            byProcess
                    .computeIfAbsent(quota.quota().processId(), p -> new LinkedHashMap<>())
                    .computeIfAbsent(quota.quota().feature(), f -> new ArrayList<>())
                    .add(quota);
        }
        List<QuotaFulfilment> rows = new ArrayList<>();
        byProcess.forEach((processId, features) -> {
            ProcessRow process = processes.get(processId);
            int selected = process.stages().indexOf(SELECTED);
            int first = selected < 0 ? process.lastStageIndex() : selected;
            for (int stage = Math.max(0, first - 1); stage < process.stages().size(); stage++) {
                boolean pool = stage < first;
                rows.addAll(stageRows(process, stage, pool, features, cells, plan));
            }
        });
        return rows;
    }

    private List<QuotaFulfilment> stageRows(
            ProcessRow process,
            int stage,
            boolean pool,
            Map<String, List<QuotaPlan.Matched>> features,
            Map<CellKey, Map<String, Long>> cells,
            QuotaPlan plan) {
        long total =
                cells.getOrDefault(new CellKey(process.processId(), stage, Marginal.TOTAL), Map.of()).values().stream()
                        .mapToLong(Long::longValue)
                        .sum();
        List<QuotaFulfilment> rows = new ArrayList<>();
        List<Double> distances = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        boolean distanceWithheld = false;
        int firstRow = 0;
        for (List<QuotaPlan.Matched> quotas : features.values()) {
            String key = quotas.get(0).key();
            Map<String, Long> counts = cells.getOrDefault(new CellKey(process.processId(), stage, key), Map.of());
            long[] parts = new long[quotas.size() + 1];
            long counted = 0;
            for (int i = 0; i < quotas.size(); i++) {
                parts[i] = counts.getOrDefault(quotas.get(i).category(), 0L);
                counted += parts[i];
            }
            parts[quotas.size()] = Math.max(0, total - counted); // everyone else: other values, no answer
            boolean[] hidden = disclosure.hiddenParts(parts);
            long[] replaced = replacements(process, stage, quotas, cells, plan);
            boolean[] replacedHidden = replaced == null ? null : disclosure.hiddenParts(replaced);
            Double popTotal = null;
            Map<String, Long> pop = quotas.get(0).population() == null
                    ? Map.of()
                    : population.counts(process, quotas.get(0).population());
            if (!pop.isEmpty()) {
                popTotal = (double)
                        pop.values().stream().mapToLong(Long::longValue).sum();
            }
            boolean anyHidden = false;
            boolean allTargets = true;
            double[] seats = new double[quotas.size()];
            double[] ideal = new double[quotas.size()];
            for (int i = 0; i < quotas.size(); i++) {
                QuotaPlan.Matched q = quotas.get(i);
                anyHidden |= hidden[i];
                allTargets &= q.quota().target() != null;
                seats[i] = parts[i];
                ideal[i] = q.quota().target() == null ? 0 : q.quota().target();
                Double popShare =
                        popTotal == null || popTotal == 0 ? null : pop.getOrDefault(q.category(), 0L) / popTotal;
                boolean judged = !pool && !hidden[i];
                rows.add(new QuotaFulfilment(
                        process.processId(),
                        process.stages().get(stage),
                        q.quota().feature(),
                        q.quota().value(),
                        q.quota().min(),
                        q.quota().max(),
                        q.quota().target(),
                        hidden[i] ? null : parts[i],
                        judged
                                ? QuotaCheck.within(
                                        parts[i],
                                        q.quota().min(),
                                        q.quota().max(),
                                        q.quota().target())
                                : null,
                        judged
                                ? QuotaCheck.deviation(
                                        parts[i],
                                        q.quota().min(),
                                        q.quota().max(),
                                        q.quota().target())
                                : null,
                        q.dimension(),
                        q.category(),
                        q.quota().weight(),
                        replaced == null || replacedHidden[i] ? null : replaced[i],
                        popShare,
                        null,
                        null,
                        hidden[i]));
            }
            if (allTargets && !pool) {
                Double distance = anyHidden ? null : QuotaDistance.criterion(seats, ideal);
                distanceWithheld |= anyHidden;
                for (int i = firstRow; i < rows.size(); i++) {
                    rows.set(i, withDistances(rows.get(i), distance, null));
                }
                distances.add(distance);
                weights.add(quotas.get(0).quota().weight());
            }
            firstRow = rows.size();
        }
        if (!distances.isEmpty() && !distanceWithheld) {
            double weighted = QuotaDistance.weighted(
                    distances.stream().mapToDouble(Double::doubleValue).toArray(),
                    weights.stream().mapToDouble(Double::doubleValue).toArray());
            rows.replaceAll(r -> withDistances(r, r.featureDistance(), weighted));
        }
        return rows;
    }

    /** Of each quota value's n, the reserves drawn later; null when participants have no replacement flag. */
    private static long[] replacements(
            ProcessRow process,
            int stage,
            List<QuotaPlan.Matched> quotas,
            Map<CellKey, Map<String, Long>> cells,
            QuotaPlan plan) {
        String key = plan.replacementKey(quotas.get(0).key());
        if (key == null) {
            return null;
        }
        Map<String, Long> counts = cells.getOrDefault(new CellKey(process.processId(), stage, key), Map.of());
        long[] replaced = new long[quotas.size()];
        for (int i = 0; i < quotas.size(); i++) {
            replaced[i] = counts.getOrDefault(quotas.get(i).category() + ComparedDimension.INTERSECTION + YES, 0L);
        }
        return replaced;
    }

    private static QuotaFulfilment withDistances(QuotaFulfilment r, Double feature, Double weighted) {
        return new QuotaFulfilment(
                r.processId(),
                r.stage(),
                r.feature(),
                r.value(),
                r.min(),
                r.max(),
                r.target(),
                r.n(),
                r.withinQuota(),
                r.deviation(),
                r.dimension(),
                r.category(),
                r.weight(),
                r.nReplacements(),
                r.popShare(),
                feature,
                weighted,
                r.suppressed());
    }
}
