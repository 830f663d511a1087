package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.FolderSnapshot;
import se.spegel.jobs.SharedSpark;

/**
 * Output of an earlier run is never replaced by accident, and a run that fails halfway leaves it
 * exactly as it was: evaluate, report, run and demo on the small good inputs of the corpus.
 */
class OutputSafetyTest {
    private static final Path BASE = CorpusCase.ROOT.resolve("_base");

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        SharedSpark.get();
    }

    @Test
    void evaluateRefusesToReplaceEarlierOutputUnlessToldToOverwrite() {
        Path out = dir.resolve("out");
        assertThat(evaluate(out).exitCode()).isZero();
        Map<String, String> before = FolderSnapshot.of(out);

        assertThat(evaluate(out).oneLineError())
                .isEqualTo(out + ": already holds metrics, rejects, run.json from an"
                        + " earlier run; pass --overwrite to replace them, or choose another --out");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);

        CliRun again = evaluate(out, "--overwrite");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(metricCsvs(FolderSnapshot.of(out))).isEqualTo(metricCsvs(before));
    }

    @Test
    void reportRefusesToReplaceReportsUnlessToldToAndThenRemovesStaleOnes() throws IOException {
        Path out = dir.resolve("out");
        assertThat(evaluate(out).exitCode()).isZero();
        Path reports = dir.resolve("reports");
        assertThat(report(reports).exitCode()).isZero();
        assertThat(report(reports).oneLineError())
                .contains("already holds reports (p1)")
                .contains("--overwrite");

        Files.createDirectories(reports.resolve("gone"));
        Files.writeString(reports.resolve("gone/report.html"), "a process no longer in the metrics");
        Files.writeString(reports.resolve("notes.txt"), "the user's own file");
        CliRun replaced = report(reports, "--overwrite");

        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(reports.resolve("p1/report.html")).isRegularFile();
        assertThat(reports.resolve("gone")).doesNotExist();
        assertThat(reports.resolve("notes.txt")).hasContent("the user's own file");
        assertThat(replaced.out())
                .contains(reports.resolve("p1/report.html").toAbsolutePath().toString());
        assertThat(siblings(reports)).containsExactlyInAnyOrder("out", "reports");
    }

    @Test
    void runThatFailsAfterEvaluatingLeavesThePreviousOutputExactlyAsItWas() throws IOException {
        Path job = job(dir, "out");
        assertThat(CliRun.of("run", job.toString()).exitCode()).isZero();
        Path out = dir.resolve("out");
        Map<String, String> before = FolderSnapshot.of(out);
        assertThat(before).containsKeys("run.json", "metrics/category_gaps.csv", "reports/p1/report.html");

        // evaluating succeeds, then rendering fails halfway: both ids would be written to reports/a_b
        Files.writeString(
                dir.resolve("processes.csv"),
                "process_id,name,method,area_code,period\n"
                        + "a/b,Möte,open_meeting,K1,2024\na_b,Möte 2,open_meeting,K1,2024\n");
        Files.writeString(
                dir.resolve("participants.csv"),
                "process_id,person_id,age,gender,area_code\n" + "a/b,x1,30,kvinna,D1\na_b,x2,40,man,D2\n");
        CliRun failed = CliRun.of("run", job.toString(), "--overwrite");

        assertThat(failed.oneLineError()).contains("would both be written to the report folder 'a_b'");
        assertThat(FolderSnapshot.of(out)).isEqualTo(before);
        assertThat(siblings(out)).noneMatch(name -> name.contains("spegel-staging"));
    }

    @Test
    void demoReplacesItsOwnDefaultFolderButAnotherFolderOnlyWithOverwrite() throws IOException {
        Path examples = Files.createDirectories(dir.resolve("examples"));
        job(examples, "ignored-by-demo");
        Path other = dir.resolve("mine");
        assertThat(CliRun.of("demo", "--examples", examples.toString(), "--out", other.toString())
                        .exitCode())
                .isZero();
        assertThat(CliRun.of("demo", "--examples", examples.toString(), "--out", other.toString())
                        .oneLineError())
                .contains("--overwrite");

        Path defaultOut = Path.of(DemoCommand.DEFAULT_OUT);
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(defaultOut), defaultOut + " holds a real demo");
        boolean parentExisted = Files.exists(defaultOut.getParent());
        try {
            for (int run = 1; run <= 2; run++) {
                CliRun demo = CliRun.of("demo", "--examples", examples.toString());
                assertThat(demo.exitCode())
                        .as("demo run " + run + ": " + demo.err())
                        .isZero();
            }
            assertThat(defaultOut.resolve("reports/p1/report.html")).isRegularFile();
        } finally {
            deleteTree(parentExisted ? defaultOut : defaultOut.getParent());
        }
    }

    private static CliRun evaluate(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "evaluate",
                "--processes",
                BASE.resolve("processes.csv").toString(),
                "--participants",
                BASE.resolve("participants.csv").toString(),
                "--population",
                BASE.resolve("population.csv").toString(),
                "--areas",
                BASE.resolve("areas.csv").toString(),
                "--conf",
                BASE.resolve("spegel.conf").toString(),
                "--out",
                out.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args);
    }

    private CliRun report(Path reports, String... extra) {
        List<String> args = new java.util.ArrayList<>(
                List.of("report", "--metrics", dir.resolve("out/metrics").toString(), "--out", reports.toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args);
    }

    /** A job file in {@code folder} over copies of the corpus's good inputs, writing to {@code out} there. */
    static Path job(Path folder, String out) throws IOException {
        for (String file : List.of("processes.csv", "participants.csv", "population.csv", "areas.csv")) {
            Files.copy(BASE.resolve(file), folder.resolve(file), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return Files.writeString(folder.resolve("job.conf"), """
                job {
                  processes = "processes.csv"
                  participants = "participants.csv"
                  population = "population.csv"
                  areas = "areas.csv"
                  out = "%s"
                }
                spegel.spark.shuffle-partitions = 1
                """.formatted(out));
    }

    private static Map<String, String> metricCsvs(Map<String, String> files) {
        Map<String, String> csvs = new java.util.TreeMap<>(files);
        csvs.keySet().removeIf(f -> !(f.startsWith("metrics/") && f.endsWith(".csv")));
        return csvs;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<String> siblings(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.getParent())) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
