package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.spegel.schema.output.AssemblyCsvReader;
import se.spegel.schema.output.MetricCsvReader;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.QuotaFulfilment;
import se.spegel.schema.output.SelectionFairness;
import se.spegel.schema.output.SelectionFairnessGroup;

/**
 * The assembly tables of a metrics folder ({@code quota_fulfilment.csv}, {@code selection_fairness.csv},
 * {@code selection_fairness_groups.csv}; contract: data-schema/README.md), read through data-schema's
 * {@link MetricCsvReader} like the other metric tables; empty where the run had no quota or probability files.
 */
public record AssemblyRows(
        List<QuotaFulfilment> quotas, List<SelectionFairness> fairness, List<SelectionFairnessGroup> groups) {
    public static final AssemblyRows NONE = new AssemblyRows(List.of(), List.of(), List.of());

    public static AssemblyRows read(Path metricsDir) throws IOException {
        return new AssemblyRows(
                MetricsCsvReader.optionalTable(
                        csv(metricsDir, MetricTables.QUOTA_FULFILMENT.name()), AssemblyCsvReader::quotaFulfilment),
                MetricsCsvReader.optionalTable(
                        csv(metricsDir, MetricTables.SELECTION_FAIRNESS.name()), AssemblyCsvReader::selectionFairness),
                MetricsCsvReader.optionalTable(
                        csv(metricsDir, MetricTables.SELECTION_FAIRNESS_GROUPS.name()),
                        AssemblyCsvReader::selectionFairnessGroups));
    }

    private static Path csv(Path metricsDir, String table) {
        return metricsDir.resolve(table + ".csv");
    }

    public AssemblyRows forProcess(String processId) {
        return new AssemblyRows(
                quotas.stream().filter(r -> r.processId().equals(processId)).toList(),
                fairness.stream().filter(r -> r.processId().equals(processId)).toList(),
                groups.stream().filter(r -> r.processId().equals(processId)).toList());
    }
}
