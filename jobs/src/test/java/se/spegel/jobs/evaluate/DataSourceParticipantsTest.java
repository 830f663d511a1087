package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.jobs.io.SparkSources;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

/**
 * Exempelstad's participants from Spark data sources a user names: ORC ({@code orc:PATH}),
 * JSON, a catalog table ({@code table:NAME}) and Parquet by a {@code file:} URI (read where it
 * lies, no local copy): each gives exactly the CSV's metric tables.
 */
class DataSourceParticipantsTest {
    @TempDir
    static Path dir;

    private static Path csvOut;
    private static Dataset<Row> typed;

    @BeforeAll
    static void evaluateTheCsv() throws IOException {
        csvOut = evaluate(Exempelstad.inputs().participants(), "csv");
        Dataset<Row> csv = SharedSpark.get()
                .read()
                .option("header", true)
                .csv(Exempelstad.dir().resolve("participants.csv").toString());
        typed = csv.withColumn("age", csv.col("age").cast("int"))
                .withColumn("birth_year", csv.col("birth_year").cast("smallint"))
                .coalesce(3);
    }

    @Test
    void orcGivesTheCsvsMetrics() throws IOException {
        String orc = dir.resolve("participants.orc").toString();
        typed.write().orc(orc);
        assertSameAsCsv("orc:" + orc, "orc");
    }

    @Test
    void jsonGivesTheCsvsMetrics() throws IOException {
        String json = dir.resolve("participants.json").toString();
        typed.write().json(json);
        assertSameAsCsv("json:" + json, "json");
    }

    @Test
    void aCatalogTableGivesTheCsvsMetrics() throws IOException {
        typed.createOrReplaceTempView("exempelstad_participants");
        assertSameAsCsv("table:exempelstad_participants", "table");
    }

    @Test
    void parquetByAFileUriIsReadWhereItLies() throws IOException {
        Path parquet = dir.resolve("by-uri.parquet");
        typed.write().parquet(parquet.toString());
        String uri = parquet.toUri().toString();
        assertThat(SparkSources.of(uri)).as("left for Spark, not copied").isPresent();
        assertSameAsCsv(uri, "uri");
    }

    @Test
    void aMissingTableIsOneLineNamingIt() throws IOException {
        Path named = SparkSources.of("table:no_such_table").orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluate(named, "missing"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("cannot be read by Spark")
                .satisfies(e -> assertThat(((InputException) e).userMessage())
                        .startsWith("table:no_such_table")
                        .doesNotContain("\n"));
    }

    @Test
    void aSourceWithoutPersonIdsIsOneLineNamingTheColumn() throws IOException {
        String json = dir.resolve("anonymous.json").toString();
        typed.drop("person_id").write().json(json);
        Path named = SparkSources.of("json:" + json).orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluate(named, "anonymous"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("person_id");
    }

    private static void assertSameAsCsv(String location, String name) throws IOException {
        Path out = evaluate(SparkSources.of(location).orElseThrow(), name);
        SameMetrics.assertSame(out, csvOut, "population_age_gender.csv", "population_age_gender.csv");
        assertThat(Files.readString(out.resolve("run.json"))).contains("\"sha256\" : null");
    }

    private static Path evaluate(Path participants, String name) throws IOException {
        EvaluationInputs exempelstad = Exempelstad.inputs();
        EvaluationInputs inputs = new EvaluationInputs(
                exempelstad.processes(), participants, exempelstad.population(), exempelstad.areas());
        Path out = dir.resolve(name);
        new EvaluateJob(SpegelConfig.defaults(), new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, out);
        return out;
    }
}
