package se.spegel.jobs.assembly;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.evaluate.Marginal;
import se.spegel.jobs.evaluate.PopulationAggregator;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.jobs.output.MetricOutputWriter;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.QuotaFulfilment;
import se.spegel.schema.output.SelectionFairness;
import se.spegel.schema.output.SelectionFairnessGroup;

/** The assembly tables of one evaluation; written only when their files were given. */
public record AssemblyTables(
        List<QuotaFulfilment> quotas,
        List<SelectionFairness> fairness,
        List<SelectionFairnessGroup> groups,
        boolean hasQuotas,
        boolean hasProbabilities) {

    /** @param poolRows the participant rows of the processes with selection probabilities ({@code PoolMembers}) */
    public static AssemblyTables of(
            AssemblyFiles files,
            LoadedInputs loaded,
            List<ParticipantRow> poolRows,
            List<ComparedDimension> compared,
            List<Marginal> marginals,
            DisclosureControl disclosure,
            PopulationAggregator population) {
        List<QuotaFulfilment> quotas =
                new QuotaAssembler(disclosure, population).assemble(loaded.processes(), files.quotas(), marginals);
        SelectionFairnessAssembler fairness = new SelectionFairnessAssembler(disclosure);
        fairness.assemble(files.probabilities(), loaded, poolRows, compared, marginals);
        return new AssemblyTables(
                quotas,
                fairness.processes(),
                fairness.groups(),
                !files.quotas().quotas().isEmpty(),
                !files.probabilities().isEmpty());
    }

    public void write(Path metricsDir) throws IOException {
        MetricOutputWriter writer = new MetricOutputWriter();
        if (hasQuotas) {
            writer.write(MetricTables.QUOTA_FULFILMENT, quotas, metricsDir);
        }
        if (hasProbabilities) {
            writer.write(MetricTables.SELECTION_FAIRNESS, fairness, metricsDir);
            writer.write(MetricTables.SELECTION_FAIRNESS_GROUPS, groups, metricsDir);
        }
    }

    /** Rows per table written, for run.json. */
    public Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (hasQuotas) {
            counts.put(MetricTables.QUOTA_FULFILMENT.name(), quotas.size());
        }
        if (hasProbabilities) {
            counts.put(MetricTables.SELECTION_FAIRNESS.name(), fairness.size());
            counts.put(MetricTables.SELECTION_FAIRNESS_GROUPS.name(), groups.size());
        }
        return counts;
    }
}
