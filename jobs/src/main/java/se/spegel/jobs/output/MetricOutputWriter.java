package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.jobs.io.SideBySide;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.OutputTable;

/**
 * Writes each metric table as CSV and as a Parquet folder holding one part file. Metric tables
 * are small and already on the driver, so the Parquet is written straight from there: no Spark
 * job per table (seconds each at start-up), and the same rows give the same data on every run.
 * (The bytes too within one JVM; another JVM may list a column chunk's encodings in another order
 * in the footer, as parquet-mr keeps them in a hash set of enums.)
 */
public final class MetricOutputWriter {
    /** The one part file of each table's Parquet folder. */
    static final String PART = "part-00000.parquet";

    /** The tables, each file written side by side with the others (category_gaps has 400 000 rows nationally). */
    public void write(MetricTablesResult result, Path metricsDir) throws IOException {
        List<Callable<Void>> files = new ArrayList<>();
        files.addAll(files(MetricTables.CATEGORY_GAPS, result.categoryGaps(), metricsDir));
        files.addAll(files(MetricTables.DIMENSION_SUMMARY, result.dimensionSummaries(), metricsDir));
        files.addAll(files(MetricTables.PROCESS_SUMMARY, result.processSummaries(), metricsDir));
        files.addAll(files(MetricTables.AREA_NAMES, result.areaNames(), metricsDir));
        files.addAll(files(MetricTables.STAGE_CHANGES, result.stageChanges(), metricsDir));
        files.addAll(files(MetricTables.RESPONSE_INDICATORS, result.responseIndicators(), metricsDir));
        SideBySide.call(files);
    }

    /** Writes one table as metricsDir/&lt;table&gt;.csv and the Parquet folder metricsDir/&lt;table&gt;/. */
    public <R> void write(OutputTable<R> table, List<R> rows, Path metricsDir) throws IOException {
        SideBySide.call(files(table, rows, metricsDir));
    }

    private static <R> List<Callable<Void>> files(OutputTable<R> table, List<R> rows, Path metricsDir) {
        return List.of(
                () -> {
                    MetricCsvWriter.write(table, rows, metricsDir.resolve(table.name() + ".csv"));
                    return null;
                },
                () -> {
                    ParquetRowsWriter.write(
                            table, rows, metricsDir.resolve(table.name()).resolve(PART));
                    return null;
                });
    }
}
