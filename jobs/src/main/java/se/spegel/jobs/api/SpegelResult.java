package se.spegel.jobs.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.jobs.io.PublishedOutput;
import se.spegel.schema.output.AssemblyCsvReader;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.OutputTable;
import se.spegel.schema.spark.SparkSchemas;

/**
 * What {@link Spegel.Evaluation#run} computed: the metric tables as Datasets in the contract's
 * schemas ({@link MetricTables}), and the files {@code spegel evaluate} writes.
 */
public final class SpegelResult {
    private final SparkSession spark;
    private final MetricTablesResult tables;
    private final Path written;
    private final long rejectedRows;

    SpegelResult(SparkSession spark, MetricTablesResult tables, Path written, long rejectedRows) {
        this.spark = spark;
        this.tables = tables;
        this.written = written;
        this.rejectedRows = rejectedRows;
    }

    /** The metric tables as records (rows per table: the run's summary line). */
    public MetricTablesResult tables() {
        return tables;
    }

    /** Input rows rejected with a reason (listed in {@code rejects/}); Spark-read rows included. */
    public long rejectedRows() {
        return rejectedRows;
    }

    /** {@code category_gaps}: one row per process × stage × dimension × category. */
    public Dataset<Row> categoryGaps() {
        return dataset(MetricTables.CATEGORY_GAPS, tables.categoryGaps());
    }

    /** {@code dimension_summary}: D, Hellinger, χ² … per process × stage × dimension. */
    public Dataset<Row> dimensionSummary() {
        return dataset(MetricTables.DIMENSION_SUMMARY, tables.dimensionSummaries());
    }

    /** {@code process_summary}: n and mean D per process × funnel stage. */
    public Dataset<Row> processSummary() {
        return dataset(MetricTables.PROCESS_SUMMARY, tables.processSummaries());
    }

    /** {@code stage_changes}: each funnel stage's D against random draws from the stage before. */
    public Dataset<Row> stageChanges() {
        return dataset(MetricTables.STAGE_CHANGES, tables.stageChanges());
    }

    /** {@code response_indicators}: partial R-indicators of every random invitation. */
    public Dataset<Row> responseIndicators() {
        return dataset(MetricTables.RESPONSE_INDICATORS, tables.responseIndicators());
    }

    /** {@code quota_fulfilment}, as written (empty without quotas). */
    public Dataset<Row> quotaFulfilment() {
        return written(MetricTables.QUOTA_FULFILMENT, AssemblyCsvReader::quotaFulfilment);
    }

    /** {@code selection_fairness}, as written (empty without selection probabilities). */
    public Dataset<Row> selectionFairness() {
        return written(MetricTables.SELECTION_FAIRNESS, AssemblyCsvReader::selectionFairness);
    }

    /** {@code selection_fairness_groups}, as written (empty without selection probabilities). */
    public Dataset<Row> selectionFairnessGroups() {
        return written(MetricTables.SELECTION_FAIRNESS_GROUPS, AssemblyCsvReader::selectionFairnessGroups);
    }

    /** An assembly table read back from the CSV the run wrote, by the contract's one reader. */
    private <R> Dataset<Row> written(OutputTable<R> table, java.util.function.Function<Path, List<R>> reader) {
        Path csv = written.resolve("metrics").resolve(table.name() + ".csv");
        return dataset(table, Files.isRegularFile(csv) ? reader.apply(csv) : List.of());
    }

    private <R> Dataset<Row> dataset(OutputTable<R> table, List<R> rows) {
        return spark.createDataFrame(
                rows.stream().map(r -> RowFactory.create(table.values(r))).toList(), SparkSchemas.schemaOf(table));
    }

    /**
     * Writes {@code metrics/}, {@code rejects/} and {@code run.json} into a folder (a path or a
     * Hadoop URI: {@code hdfs://}, {@code s3a://}), the same files as {@code spegel evaluate --out};
     * those entries are replaced when present, anything else in the folder stays.
     */
    public void writeTo(String location) throws IOException {
        try (PublishedOutput output = PublishedOutput.at(location)) {
            Files.createDirectories(output.local());
            for (String entry : EvaluateJob.OUTPUT_ENTRIES) {
                Path target = output.local().resolve(entry);
                delete(target);
                copy(written.resolve(entry), target);
            }
            output.publish(EvaluateJob.OUTPUT_ENTRIES, new PrintStream(OutputStream.nullOutputStream()));
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
