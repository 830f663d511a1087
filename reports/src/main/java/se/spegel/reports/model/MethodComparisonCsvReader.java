package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Path;
import se.spegel.schema.output.CompareCsvReader;
import se.spegel.schema.output.MetricCsvReader;
import se.spegel.schema.output.MetricTables;

/**
 * Reads method_comparison.csv, method_comparison_groups.csv, _trend.csv and _processes.csv through data-schema's
 * {@link MetricCsvReader}; a missing table or a bad cell is an {@link se.spegel.reports.InvalidMetricsException}.
 */
public final class MethodComparisonCsvReader {

    public static final String COMPARISON = MetricTables.METHOD_COMPARISON.name() + ".csv";
    static final String GROUPS = MetricTables.METHOD_COMPARISON_GROUPS.name() + ".csv";
    static final String TREND = MetricTables.METHOD_COMPARISON_TREND.name() + ".csv";
    static final String PROCESSES = MetricTables.METHOD_COMPARISON_PROCESSES.name() + ".csv";

    private MethodComparisonCsvReader() {}

    public static MethodComparisonMetrics read(Path metricsDir) throws IOException {
        return new MethodComparisonMetrics(
                MetricsCsvReader.table(metricsDir.resolve(COMPARISON), CompareCsvReader::methodComparison),
                MetricsCsvReader.table(metricsDir.resolve(GROUPS), CompareCsvReader::methodGroups),
                MetricsCsvReader.table(metricsDir.resolve(TREND), CompareCsvReader::methodTrend),
                MetricsCsvReader.table(metricsDir.resolve(PROCESSES), CompareCsvReader::methodComparisonProcesses));
    }
}
