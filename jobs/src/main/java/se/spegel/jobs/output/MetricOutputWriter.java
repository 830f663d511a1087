package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.OutputTable;

/**
 * Writes each metric table as CSV and as a Parquet folder holding one part file. Metric tables
 * are small and already on the driver, so the Parquet is written straight from there: no Spark
 * job per table (seconds each at start-up), and the same rows give the same bytes on every run.
 */
public final class MetricOutputWriter {
    /** The one part file of each table's Parquet folder. */
    static final String PART = "part-00000.parquet";

    public void write(MetricTablesResult result, Path metricsDir) throws IOException {
        write(MetricTables.CATEGORY_GAPS, result.categoryGaps(), metricsDir);
        write(MetricTables.DIMENSION_SUMMARY, result.dimensionSummaries(), metricsDir);
        write(MetricTables.PROCESS_SUMMARY, result.processSummaries(), metricsDir);
        write(MetricTables.AREA_NAMES, result.areaNames(), metricsDir);
    }

    /** Writes one table as metricsDir/&lt;table&gt;.csv and the Parquet folder metricsDir/&lt;table&gt;/. */
    public <R> void write(OutputTable<R> table, List<R> rows, Path metricsDir) throws IOException {
        MetricCsvWriter.write(table, rows, metricsDir.resolve(table.name() + ".csv"));
        ParquetRowsWriter.write(table, rows, metricsDir.resolve(table.name()).resolve(PART));
    }
}
