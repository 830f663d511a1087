package se.spegel.jobs.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparisonPlan;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.quota.Quota;
import se.spegel.schema.input.quota.SelectionProbabilities;

/**
 * A citizens' assembly's own files, read and checked with the other inputs (so that a mistake in
 * them stops the run before Spark starts): the quotas matched to what Spegel counts, and the
 * lottery's selection probabilities per pool member.
 */
public record AssemblyFiles(QuotaPlan quotas, Map<String, Map<String, Double>> probabilities) {
    public static final AssemblyFiles NONE = new AssemblyFiles(QuotaPlan.none(), Map.of());

    public static AssemblyFiles read(
            EvaluationInputs inputs,
            List<Quota> quotas,
            SpegelConfig config,
            LoadedInputs loaded,
            ComparisonPlan plan) {
        if (quotas.isEmpty() && inputs.selectionProbabilities().isEmpty()) {
            return NONE;
        }
        QuotaPlan quotaPlan = QuotaPlan.of(quotas, config, loaded, plan.dimensions());
        Map<String, Map<String, Double>> probabilities =
                SelectionProbabilities.read(inputs.selectionProbabilities(), config);
        for (String processId : probabilities.keySet()) {
            if (!loaded.processes().containsKey(processId)) {
                throw InputException.ofFile(
                        inputs.selectionProbabilities().get(0),
                        "selection probabilities name process '" + processId
                                + "', which is not in processes (a file without process_id is named for its process)");
            }
        }
        return new AssemblyFiles(quotaPlan, probabilities);
    }

    /** Progress lines: what was read. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (!quotas.quotas().isEmpty()) {
            long processes = quotas.quotas().stream()
                    .map(q -> q.quota().processId())
                    .distinct()
                    .count();
            lines.add("read quotas: " + quotas.quotas().size() + " for " + processes + " process(es)");
        }
        probabilities.forEach((process, pool) ->
                lines.add("read selection probabilities: " + pool.size() + " pool members of " + process));
        return lines;
    }
}
