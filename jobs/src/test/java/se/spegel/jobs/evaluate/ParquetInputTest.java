package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

/** Participants or population given as Parquet give exactly the metrics of the same rows as CSV. */
class ParquetInputTest {
    @TempDir
    Path dir;

    @Test
    void parquetParticipantsGiveTheSameMetricsAsCsv() throws IOException {
        Path parquet = dir.resolve("participants.parquet");
        Dataset<Row> csv = SharedSpark.get()
                .read()
                .option("header", true)
                .csv(Exempelstad.dir().resolve("participants.csv").toString());
        // numbers as numbers, as Parquet files usually have them
        csv.withColumn("age", csv.col("age").cast("int"))
                .withColumn("birth_year", csv.col("birth_year").cast("int"))
                .coalesce(2)
                .write()
                .parquet(parquet.toString());

        EvaluationInputs fromCsv = Exempelstad.inputs();
        EvaluationInputs fromParquet =
                new EvaluationInputs(fromCsv.processes(), parquet, fromCsv.population(), fromCsv.areas());
        Path csvOut = evaluate(fromCsv, "csv");
        Path parquetOut = evaluate(fromParquet, "parquet");
        for (String table : List.of("category_gaps.csv", "dimension_summary.csv", "process_summary.csv")) {
            assertThat(parquetOut.resolve("metrics").resolve(table))
                    .as(table)
                    .hasSameBinaryContentAs(csvOut.resolve("metrics").resolve(table));
        }
    }

    @Test
    void parquetPopulationGivesTheSameMetricsAsCsv() throws IOException {
        Path parquet = dir.resolve("population_age_gender.parquet");
        Dataset<Row> csv = SharedSpark.get()
                .read()
                .option("header", true)
                .csv(Exempelstad.dir().resolve("population_age_gender.csv").toString());
        csv.withColumn("period", csv.col("period").cast("int"))
                .withColumn("age", csv.col("age").cast("int"))
                .withColumn("count", csv.col("count").cast("long"))
                .coalesce(1)
                .write()
                .parquet(parquet.toString());

        EvaluationInputs fromCsv = Exempelstad.inputs();
        List<Path> population = new java.util.ArrayList<>(fromCsv.population());
        population.set(0, parquet);
        EvaluationInputs fromParquet =
                new EvaluationInputs(fromCsv.processes(), fromCsv.participants(), population, fromCsv.areas());
        Path csvOut = evaluate(fromCsv, "csv-population");
        Path parquetOut = evaluate(fromParquet, "parquet-population");
        SameMetrics.assertSame(parquetOut, csvOut, "population_age_gender.parquet", "population_age_gender.csv");
    }

    @Test
    void zeroByteParquetFileIsAUserMistake() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.parquet"));
        EvaluationInputs inputs = new EvaluationInputs(
                Exempelstad.inputs().processes(),
                empty,
                Exempelstad.inputs().population(),
                Exempelstad.inputs().areas());
        assertThatThrownBy(() -> new EvaluateJob(SpegelConfig.defaults(), quiet()).validate(inputs))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("0 bytes");
    }

    private Path evaluate(EvaluationInputs inputs, String name) throws IOException {
        Path out = dir.resolve(name);
        new EvaluateJob(SpegelConfig.defaults(), quiet()).evaluate(SharedSpark.get(), inputs, out);
        return out;
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
