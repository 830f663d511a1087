package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.ProcessSummary;

/** `spegel compare` over metrics folders of two evaluate runs (written here as hand-made metric CSVs). */
class CompareCommandTest {
    @TempDir
    Path dir;

    @Test
    void comparesTheProcessesOfSeveralFoldersAndWritesTablesAndReport() throws IOException {
        Path north = metrics("north", "om1", "om2", "ca1");
        Path south = metrics("south", "om3", "ca2", "ca3");
        Result result = compare(
                "--metrics",
                north.toString(),
                dir.resolve("south").toString(), // folder holding metrics/
                "--out",
                dir.resolve("cmp").toString(),
                "--bootstrap",
                "200",
                "--seed",
                "5",
                "--lang",
                "en");
        assertThat(result.code).as(result.err).isZero();
        Path out = dir.resolve("cmp");
        List<String> comparison = Files.readAllLines(out.resolve("metrics/method_comparison.csv"));
        assertThat(comparison.get(0)).startsWith("method,dimension,n_processes,mean_dissimilarity,");
        // open meetings om1..om3: D age 0.1, 0.2, 0.3 → mean 0.2 and median 0.2, min 0.1, max 0.3
        assertThat(SmallEvaluation.row(comparison, "open_meeting,age,"))
                .startsWith("open_meeting,age,3,0.2,")
                .contains(",0.2,")
                .contains(",0.1,0.3,0.95,200,5,");
        assertThat(SmallEvaluation.row(comparison, "citizens_assembly,age,")).startsWith("citizens_assembly,age,3,");
        for (String table : List.of(
                "method_comparison",
                "method_comparison_groups",
                "method_comparison_trend",
                "method_comparison_processes")) {
            assertThat(out.resolve("metrics").resolve(table + ".csv")).isRegularFile();
            try (var files = Files.list(out.resolve("metrics").resolve(table))) {
                assertThat(files.map(p -> p.getFileName().toString())).anyMatch(f -> f.endsWith(".parquet"));
            }
        }
        assertThat(Files.readAllLines(out.resolve("metrics/method_comparison_processes.csv")))
                .hasSize(1 + 6);
        assertThat(out.resolve("reports/comparison/report.html")).isRegularFile();
        assertThat(out.resolve("reports/comparison/report.pdf")).isRegularFile();
        assertThat(Files.readString(out.resolve("reports/comparison/report.html")))
                .contains("Comparison of dialogue methods");
        try (var entries = Files.list(out)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("metrics", "reports");
        }
    }

    @Test
    void theSameSeedWritesTheSameTablesByteForByteAndTheEvaluateFolderKeepsItsTables() throws IOException {
        Path north = metrics("north", "om1", "om2", "ca1", "ca2");
        compare("--metrics", north.toString(), "--out", dir.resolve("a").toString(), "--bootstrap", "300");
        // the second run writes into the evaluate run's own folder: its metric tables stay
        Result again = compare(
                "--metrics", north.toString(), "--out", dir.resolve("north").toString(), "--bootstrap", "300");
        assertThat(again.code).as(again.err).isZero();
        assertThat(north.resolve("category_gaps.csv")).isRegularFile();
        for (String table : List.of("method_comparison.csv", "method_comparison_groups.csv")) {
            assertThat(Files.readString(north.resolve(table)))
                    .isEqualTo(Files.readString(dir.resolve("a/metrics").resolve(table)));
        }
    }

    @Test
    void anEarlierComparisonIsReplacedOnlyWithOverwrite() throws IOException {
        Path north = metrics("north", "om1", "om2", "ca1", "ca2");
        Path out = dir.resolve("cmp");
        assertThat(compare("--metrics", north.toString(), "--out", out.toString(), "--bootstrap", "50").code)
                .isZero();
        String first = Files.readString(out.resolve("metrics/method_comparison.csv"));

        Result refused = compare("--metrics", north.toString(), "--out", out.toString(), "--bootstrap", "60");
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err.strip())
                .doesNotContain("\n")
                .contains("--overwrite")
                .contains("method_comparison");
        assertThat(Files.readString(out.resolve("metrics/method_comparison.csv")))
                .isEqualTo(first);

        Result replaced =
                compare("--metrics", north.toString(), "--out", out.toString(), "--bootstrap", "60", "--overwrite");
        assertThat(replaced.code).as(replaced.err).isZero();
    }

    @Test
    void aProcessIdInTwoFoldersIsAOneLineErrorAndNothingIsWritten() throws IOException {
        Path north = metrics("north", "om1", "ca1");
        Path south = metrics("south", "om2", "ca1");
        Result result = compare(
                "--metrics",
                north.toString(),
                south.toString(),
                "--out",
                dir.resolve("cmp").toString());
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err.strip()).doesNotContain("\n").contains("process_summary.csv", "'ca1'", "unique");
        assertThat(dir.resolve("cmp")).doesNotExist();
    }

    @Test
    void aFolderWithoutMetricsIsAUsageError() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Result result = compare(
                "--metrics",
                dir.resolve("empty").toString(),
                "--out",
                dir.resolve("cmp").toString());
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("not a metrics folder");
        assertThat(compare("--metrics", dir.toString(), "--out", "x", "--lang", "de").code)
                .isEqualTo(2);
    }

    @Test
    void helpShowsAWorkedExample() {
        StringWriter out = new StringWriter();
        picocli.CommandLine cli = new picocli.CommandLine(new SpegelCli());
        cli.setOut(new PrintWriter(out, true));
        assertThat(cli.execute("compare", "--help")).isZero();
        assertThat(out.toString())
                .contains(
                        "--metrics",
                        "--seed",
                        "--bootstrap",
                        "./spegel compare --metrics out/north out/south --out out/compare");
    }

    private record Result(int code, String err) {}

    private Result compare(String... args) {
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "compare";
        System.arraycopy(args, 0, all, 1, args.length);
        return new Result(SpegelCli.execute(new PrintWriter(err, true), all), err.toString());
    }

    /**
     * A metrics folder DIR/metrics with the given processes: ids om* are open meetings, ca* assemblies
     * (with an invited stage before attended); D of age is the id's number / 10 at the final stage.
     */
    private Path metrics(String name, String... ids) throws IOException {
        List<ProcessSummary> stages = new ArrayList<>();
        List<DimensionSummary> dims = new ArrayList<>();
        List<CategoryGap> gaps = new ArrayList<>();
        for (String id : ids) {
            boolean meeting = id.startsWith("om");
            String method = meeting ? "open_meeting" : "citizens_assembly";
            double d = Integer.parseInt(id.substring(2)) / 10.0;
            int year = 2020 + Integer.parseInt(id.substring(2)) % 2;
            if (!meeting) {
                stages.add(new ProcessSummary(
                        id,
                        id,
                        method,
                        "1480",
                        "Göteborg",
                        year,
                        16,
                        null,
                        "invited",
                        0,
                        500.0,
                        0L,
                        0L,
                        0.01,
                        null,
                        null));
                dims.add(dim(id, method, "invited", 0.01));
            }
            stages.add(new ProcessSummary(
                    id,
                    id,
                    method,
                    "1480",
                    "Göteborg",
                    year,
                    16,
                    null,
                    "attended",
                    meeting ? 0 : 1,
                    40.0,
                    0L,
                    0L,
                    d,
                    null,
                    null));
            dims.add(dim(id, method, "attended", d));
            gaps.add(new CategoryGap(
                    id,
                    method,
                    "attended",
                    "age",
                    "16-24",
                    5.0,
                    0.1,
                    0.05,
                    0.2,
                    1000L,
                    0.2,
                    -10.0,
                    0.5,
                    5.0,
                    0.01,
                    meeting,
                    false));
        }
        Path metrics = dir.resolve(name).resolve("metrics");
        MetricCsvWriter.write(MetricTables.PROCESS_SUMMARY, stages, metrics.resolve("process_summary.csv"));
        MetricCsvWriter.write(MetricTables.DIMENSION_SUMMARY, dims, metrics.resolve("dimension_summary.csv"));
        MetricCsvWriter.write(MetricTables.CATEGORY_GAPS, gaps, metrics.resolve("category_gaps.csv"));
        return metrics;
    }

    private static DimensionSummary dim(String id, String method, String stage, double d) {
        return new DimensionSummary(
                id,
                method,
                stage,
                "age",
                40L,
                0L,
                0L,
                d,
                0.1,
                3.0,
                4,
                0.5,
                0.2,
                10.0,
                "16-24",
                "population.csv",
                16,
                null,
                0L);
    }
}
