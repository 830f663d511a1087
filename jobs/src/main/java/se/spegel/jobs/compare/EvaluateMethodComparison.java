package se.spegel.jobs.compare;

import java.io.IOException;
import java.nio.file.Path;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.config.SpegelConfig;

/**
 * The method comparison that {@code spegel evaluate} writes beside its metric tables when it evaluated
 * several processes ({@code DIR/metrics/method_comparison/} and .csv, with _groups, _trend and
 * _processes), with the bootstrap settings of conf ({@code spegel.compare}, {@code spegel.statistics.ci-level}).
 */
public final class EvaluateMethodComparison {
    private EvaluateMethodComparison() {}

    /**
     * Writes the comparison tables into metricsDir when the result holds two or more processes.
     *
     * @return rows written per table; empty when there was only one process
     */
    public static java.util.Map<String, Integer> writeIfSeveralProcesses(
            MetricTablesResult result, Path metricsDir, SpegelConfig config) throws IOException {
        long processes = result.processSummaries().stream()
                .map(p -> p.processId())
                .distinct()
                .count();
        if (processes < 2) {
            return java.util.Map.of();
        }
        ComparisonSettings settings =
                new ComparisonSettings(config.compareBootstrapSamples(), config.compareSeed(), config.ciLevel());
        MethodComparisonTables tables = new MethodComparator(settings)
                .compare(result.processSummaries(), result.dimensionSummaries(), result.categoryGaps());
        MethodComparisonOutput.write(tables, metricsDir);
        java.util.Map<String, Integer> rows = new java.util.LinkedHashMap<>();
        rows.put(
                se.spegel.schema.output.MetricTables.METHOD_COMPARISON.name(),
                tables.comparison().size());
        rows.put(
                se.spegel.schema.output.MetricTables.METHOD_COMPARISON_GROUPS.name(),
                tables.groups().size());
        rows.put(
                se.spegel.schema.output.MetricTables.METHOD_COMPARISON_TREND.name(),
                tables.trend().size());
        rows.put(
                se.spegel.schema.output.MetricTables.METHOD_COMPARISON_PROCESSES.name(),
                tables.processes().size());
        return rows;
    }
}
