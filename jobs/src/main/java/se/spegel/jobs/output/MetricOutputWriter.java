package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.DriverFrames;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.OutputTable;
import se.spegel.schema.spark.SparkSchemas;

/** Writes each metric table as Parquet (through Spark) and as CSV. */
public final class MetricOutputWriter {
    /** Metric rows are wide (about 250 bytes): 2 000 keep a task under Spark's 1 MB advice. */
    private static final int METRIC_ROWS_PER_SLICE = 2_000;

    private final SparkSession spark;

    public MetricOutputWriter(SparkSession spark) {
        this.spark = spark;
    }

    public void write(MetricTablesResult result, Path metricsDir) throws IOException {
        write(MetricTables.CATEGORY_GAPS, result.categoryGaps(), metricsDir);
        write(MetricTables.DIMENSION_SUMMARY, result.dimensionSummaries(), metricsDir);
        write(MetricTables.PROCESS_SUMMARY, result.processSummaries(), metricsDir);
        write(MetricTables.AREA_NAMES, result.areaNames(), metricsDir);
    }

    /** Writes one table as metricsDir/&lt;table&gt;.csv and the Parquet folder metricsDir/&lt;table&gt;/. */
    public <R> void write(OutputTable<R> table, List<R> rows, Path metricsDir) throws IOException {
        MetricCsvWriter.write(table, rows, metricsDir.resolve(table.name() + ".csv"));
        DriverFrames.of(spark, SparkSchemas.rowsOf(table, rows), SparkSchemas.schemaOf(table), METRIC_ROWS_PER_SLICE)
                // repartition, not coalesce: coalescing would put every slice's rows into one task again
                .repartition(1)
                .write().mode(SaveMode.Overwrite)
                .parquet(metricsDir.resolve(table.name()).toUri().toString());
    }
}
