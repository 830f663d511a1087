package se.spegel.jobs.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.jobs.cli.SpegelCli;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.spark.SparkSchemas;

/**
 * The library API on Datasets built here (Exempelstad's tables read by Spark, the participants
 * with typed ages) gives the same metric tables as {@code spegel evaluate} on the files: the same
 * CSV bytes through {@code writeTo}, and Datasets in the contract's schemas with the CSVs' rows.
 */
class SpegelApiTest {
    @TempDir
    Path dir;

    @Test
    void theApiOnDatasetsGivesTheCliTablesOnTheFiles() throws IOException {
        SparkSession spark = SharedSpark.get();
        Path data = Exempelstad.dir();
        Dataset<Row> participants = csv(spark, data.resolve("participants.csv"));
        participants = participants.withColumn("age", participants.col("age").cast("int"));

        SpegelResult result = Spegel.evaluate(spark, SpegelConfig.defaults())
                .processes(csv(spark, data.resolve("processes.csv")))
                .participants(participants)
                .population("population_age_gender.csv", csv(spark, data.resolve("population_age_gender.csv")))
                .population("population_education.csv", csv(spark, data.resolve("population_education.csv")))
                .population("population_origin.csv", csv(spark, data.resolve("population_origin.csv")))
                .areas(csv(spark, data.resolve("areas.csv")))
                .run();
        result.writeTo(dir.resolve("api").toString());

        int code = SpegelCli.execute(
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "evaluate",
                "--processes",
                data.resolve("processes.csv").toString(),
                "--participants",
                data.resolve("participants.csv").toString(),
                "--population",
                data.resolve("population_age_gender.csv").toString(),
                data.resolve("population_education.csv").toString(),
                data.resolve("population_origin.csv").toString(),
                "--areas",
                data.resolve("areas.csv").toString(),
                "--out",
                dir.resolve("cli").toString());
        assertThat(code).isZero();

        for (String table : List.of("category_gaps.csv", "dimension_summary.csv", "process_summary.csv")) {
            assertThat(dir.resolve("api/metrics").resolve(table))
                    .as(table)
                    .hasSameBinaryContentAs(dir.resolve("cli/metrics").resolve(table));
        }
        assertThat(dir.resolve("api/run.json")).isRegularFile();
        assertThat(result.categoryGaps().schema()).isEqualTo(SparkSchemas.schemaOf(MetricTables.CATEGORY_GAPS));
        assertThat(result.dimensionSummary().schema()).isEqualTo(SparkSchemas.schemaOf(MetricTables.DIMENSION_SUMMARY));
        assertThat(result.processSummary().schema()).isEqualTo(SparkSchemas.schemaOf(MetricTables.PROCESS_SUMMARY));
        assertThat(result.categoryGaps().count()).isEqualTo(rows(dir.resolve("cli/metrics/category_gaps.csv")));
        assertThat(result.dimensionSummary().count()).isEqualTo(rows(dir.resolve("cli/metrics/dimension_summary.csv")));
        assertThat(result.processSummary().count()).isEqualTo(rows(dir.resolve("cli/metrics/process_summary.csv")));
    }

    @Test
    void theApiTakesAnAssemblysQuotasSelectionProbabilitiesAndSurveyBenchmarksAsTheCliTakesTheirFiles()
            throws IOException {
        SparkSession spark = SharedSpark.get();
        Path data = Exempelstad.dir();
        SpegelResult result = Spegel.evaluate(spark, SpegelConfig.defaults())
                .processes(csv(spark, data.resolve("processes.csv")))
                .participants(csv(spark, data.resolve("participants.csv")))
                .population("population_age_gender.csv", csv(spark, data.resolve("population_age_gender.csv")))
                .areas(csv(spark, data.resolve("areas.csv")))
                .quotas(csv(spark, data.resolve("quotas.csv")))
                .selectionProbabilities(csv(spark, data.resolve("selection_probabilities.csv")))
                .surveyBenchmarks("survey_climate.csv", csv(spark, data.resolve("survey_climate.csv")))
                .run();
        result.writeTo(dir.resolve("api").toString());

        int code = SpegelCli.execute(
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                "evaluate",
                "--processes",
                data.resolve("processes.csv").toString(),
                "--participants",
                data.resolve("participants.csv").toString(),
                "--population",
                data.resolve("population_age_gender.csv").toString(),
                "--areas",
                data.resolve("areas.csv").toString(),
                "--quotas",
                data.resolve("quotas.csv").toString(),
                "--selection-probabilities",
                data.resolve("selection_probabilities.csv").toString(),
                "--survey-benchmarks",
                data.resolve("survey_climate.csv").toString(),
                "--out",
                dir.resolve("cli").toString());
        assertThat(code).isZero();
        for (String table : List.of(
                "dimension_summary.csv",
                "quota_fulfilment.csv",
                "selection_fairness.csv",
                "selection_fairness_groups.csv")) {
            assertThat(dir.resolve("api/metrics").resolve(table))
                    .as(table)
                    .hasSameBinaryContentAs(dir.resolve("cli/metrics").resolve(table));
        }
        assertThat(Files.readString(dir.resolve("cli/metrics/dimension_summary.csv")))
                .contains(",klimatoro,");
        // a survey question is put to the pool, not to the invited: no response rate, no chance from invitation
        List<String> groups = Files.readAllLines(dir.resolve("cli/metrics/selection_fairness_groups.csv"));
        assertThat(groups)
                .filteredOn(line -> line.contains(",klimatoro,"))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches(".*,[0-9.E-]+,,,(true|false)$"));
        assertThat(groups)
                .filteredOn(line -> line.contains(",gender,kvinna,"))
                .singleElement()
                .satisfies(line -> assertThat(line).matches(".*,[0-9.E-]+,[0-9.E-]+,[0-9.E-]+,false$"));
        assertThat(result.quotaFulfilment().schema()).isEqualTo(SparkSchemas.schemaOf(MetricTables.QUOTA_FULFILMENT));
        assertThat(result.quotaFulfilment().count())
                .isEqualTo(rows(dir.resolve("cli/metrics/quota_fulfilment.csv")))
                .isPositive();
        assertThat(result.selectionFairness().count()).isEqualTo(1);
        assertThat(result.selectionFairnessGroups().count())
                .isEqualTo(rows(dir.resolve("cli/metrics/selection_fairness_groups.csv")));
        assertThat(result.stageChanges().count()).isEqualTo(rows(dir.resolve("cli/metrics/stage_changes.csv")));
        assertThat(result.responseIndicators().count())
                .isEqualTo(rows(dir.resolve("cli/metrics/response_indicators.csv")))
                .isPositive();
    }

    private static Dataset<Row> csv(SparkSession spark, Path file) {
        return spark.read().option("header", true).option("encoding", "UTF-8").csv(file.toString());
    }

    /** Data rows of a metric CSV (its records, a quoted cell may hold a line break). */
    private static long rows(Path csv) throws IOException {
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .build()
                .parse(Files.newBufferedReader(csv))) {
            return parser.getRecords().size();
        }
    }
}
