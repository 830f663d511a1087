package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;

/**
 * The same 349 participants as CSV and as Parquet written by Spark, by DuckDB and by parquet-mr
 * set up as pyarrow writes (committed in {@code resources/cross-writer}, written by
 * {@code bench/.../fixtures/CrossWriterFixtures}): decimals of every physical type, float and
 * double weights, ages of every integer width, dates and nulls. Every file gives exactly the
 * CSV's metric tables: the weights by their decimal value, not their unscaled integer, and no
 * fixed-length decimal read as text.
 */
class CrossWriterParquetTest {
    private static final Path FIXTURES = Path.of("src/test/resources/cross-writer");

    @TempDir
    static Path dir;

    private static Path csvOut;

    @BeforeAll
    static void evaluateTheCsv() throws IOException {
        csvOut = evaluate(FIXTURES.resolve("participants.csv"), "csv");
        // the weights are in effect (a weighted n is no whole number), so the files' weights must be read right
        try (var summary = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .build()
                .parse(Files.newBufferedReader(csvOut.resolve("metrics/process_summary.csv")))) {
            assertThat(summary.getRecords())
                    .extracting(r -> r.get("n"))
                    .filteredOn(n -> !n.isEmpty())
                    .anyMatch(n -> Double.parseDouble(n) != Math.rint(Double.parseDouble(n)));
        }
    }

    static List<String> parquetFiles() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".parquet"))
                    .sorted()
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parquetFiles")
    void everyWritersFileGivesTheCsvsMetrics(String file) throws IOException {
        Path out = evaluate(FIXTURES.resolve(file), file);
        SameMetrics.assertSame(out, csvOut, "population_age_gender.csv", "population_age_gender.csv");
    }

    /** The files hold what they claim to, as Spark reads their schemas: the test covers these types. */
    @Test
    void theFixturesCoverEveryPhysicalTypeOfWeightAndAge() throws IOException {
        List<String> weights = new java.util.ArrayList<>();
        List<String> ages = new java.util.ArrayList<>();
        List<String> physical = new java.util.ArrayList<>();
        for (String file : parquetFiles()) {
            try (var reader = org.apache.parquet.hadoop.ParquetFileReader.open(
                    org.apache.parquet.hadoop.util.HadoopInputFile.fromPath(
                            new org.apache.hadoop.fs.Path(FIXTURES.resolve(file).toUri()),
                            new org.apache.hadoop.conf.Configuration()))) {
                var weight = reader.getFooter()
                        .getFileMetaData()
                        .getSchema()
                        .getType("weight")
                        .asPrimitiveType();
                physical.add(weight.getPrimitiveTypeName() + " " + weight.getLogicalTypeAnnotation());
            }
            var schema = SharedSpark.get()
                    .read()
                    .parquet(FIXTURES.resolve(file).toString())
                    .schema();
            weights.add(schema.apply("weight").dataType().simpleString());
            ages.add(schema.apply("age").dataType().simpleString());
            DataType registered = schema.apply("registered").dataType();
            assertThat(registered).as(file).isEqualTo(DataTypes.DateType);
        }
        assertThat(weights)
                .contains(
                        new DecimalType(9, 6).simpleString(),
                        new DecimalType(18, 6).simpleString(),
                        new DecimalType(20, 6).simpleString(),
                        "float",
                        "double");
        assertThat(ages).contains("tinyint", "smallint", "int", "bigint");
        assertThat(physical)
                .contains(
                        "INT32 DECIMAL(9,6)",
                        "INT64 DECIMAL(18,6)",
                        "FIXED_LEN_BYTE_ARRAY DECIMAL(9,6)",
                        "FIXED_LEN_BYTE_ARRAY DECIMAL(20,6)");
    }

    private static Path evaluate(Path participants, String name) throws IOException {
        EvaluationInputs exempelstad = Exempelstad.inputs();
        EvaluationInputs inputs = new EvaluationInputs(
                exempelstad.processes(), participants, exempelstad.population(), exempelstad.areas());
        Path out = dir.resolve(name.replace('.', '-'));
        new EvaluateJob(SpegelConfig.defaults(), new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, out);
        return out;
    }
}
