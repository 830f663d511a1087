package se.spegel.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedSpark;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.spark.SparkSchemas;

/** Metric Parquet written from the driver reads in Spark with the contract's schema, and the same rows give the same bytes. */
class MetricOutputWriterTest {
    @TempDir
    Path dir;

    private static final List<CategoryGap> GAPS = List.of(
            new CategoryGap(
                    "p1",
                    "open_meeting",
                    "attended",
                    "gender",
                    "kvinna",
                    12.0,
                    0.6,
                    0.39,
                    0.78,
                    500L,
                    0.5,
                    10.0,
                    1.2,
                    24.0,
                    0.5,
                    false,
                    false),
            new CategoryGap(
                    "p1",
                    "open_meeting",
                    "attended",
                    "gender",
                    "man",
                    null,
                    null,
                    null,
                    null,
                    500L,
                    0.5,
                    null,
                    null,
                    null,
                    null,
                    null,
                    true));

    private MetricTablesResult result() {
        return new MetricTablesResult(GAPS, List.of(), List.of(), List.of());
    }

    @Test
    void sparkReadsTheContractSchemaAndTheValues() throws IOException {
        new MetricOutputWriter().write(result(), dir);
        Dataset<Row> read =
                SharedSpark.get().read().parquet(dir.resolve("category_gaps").toString());
        assertThat(read.schema()).isEqualTo(SparkSchemas.schemaOf(MetricTables.CATEGORY_GAPS));
        List<Row> rows = read.orderBy("category").collectAsList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).<Double>getAs("share")).isEqualTo(0.6);
        assertThat(rows.get(0).<Long>getAs("pop_count")).isEqualTo(500L);
        assertThat(rows.get(1).isNullAt(rows.get(1).fieldIndex("n"))).isTrue();
        assertThat(rows.get(1).<Boolean>getAs("suppressed")).isTrue();
    }

    @Test
    void theSameRowsGiveTheSameBytes() throws IOException {
        new MetricOutputWriter().write(result(), dir.resolve("a"));
        new MetricOutputWriter().write(result(), dir.resolve("b"));
        Path part = Path.of("category_gaps", MetricOutputWriter.PART);
        assertThat(Files.readAllBytes(dir.resolve("a").resolve(part)))
                .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(part)));
    }
}
