package se.spegel.jobs.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.spegel.jobs.output.MetricOutputWriter;
import se.spegel.schema.output.MetricTables;

/** Writes the comparison tables into a metrics folder, each as CSV and as Parquet. */
public final class MethodComparisonOutput {
    private MethodComparisonOutput() {}

    /** The files and folders written, relative to the metrics folder. */
    public static final List<String> ENTRIES = List.of(
                    MetricTables.METHOD_COMPARISON.name(),
                    MetricTables.METHOD_COMPARISON_GROUPS.name(),
                    MetricTables.METHOD_COMPARISON_TREND.name(),
                    MetricTables.METHOD_COMPARISON_PROCESSES.name())
            .stream()
            .flatMap(name -> java.util.stream.Stream.of(name + ".csv", name))
            .toList();

    public static void write(MethodComparisonTables tables, Path metricsDir) throws IOException {
        MetricOutputWriter writer = new MetricOutputWriter();
        writer.write(MetricTables.METHOD_COMPARISON, tables.comparison(), metricsDir);
        writer.write(MetricTables.METHOD_COMPARISON_GROUPS, tables.groups(), metricsDir);
        writer.write(MetricTables.METHOD_COMPARISON_TREND, tables.trend(), metricsDir);
        writer.write(MetricTables.METHOD_COMPARISON_PROCESSES, tables.processes(), metricsDir);
    }
}
