package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;

/** `spegel run JOB.conf`: validate, evaluate and report as a job file says, on the sample municipality. */
class RunCommandTest {
    @TempDir
    Path dir;

    @Test
    void exempelstadJobFileWritesMetricsAndReportsAndPrintsTheReportPaths() throws IOException {
        // the sample folder as it lies in the repository, so that the job file's ../../out stays in dir
        Path job = copyExempelstad().resolve("job.conf");

        Run run = run(job.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        Path out = dir.resolve("out/exempelstad");
        assertThat(out.resolve("metrics/category_gaps.csv")).isRegularFile();
        assertThat(out.resolve("metrics/dimension_summary.csv")).isRegularFile();
        assertThat(out.resolve("run.json")).isRegularFile();
        List<Path> reports;
        try (Stream<Path> files = Files.list(out.resolve("reports"))) {
            reports = files.map(p -> p.resolve("report.html"))
                    .filter(Files::isRegularFile)
                    .toList();
        }
        assertThat(reports).hasSize(4); // 3 processes + comparison/report.html
        for (Path report : reports) {
            assertThat(run.out).contains(report.toAbsolutePath().toString());
        }
        // the job's boundaries (districts.geojson) give every process report a district map
        assertThat(out.resolve("reports/oppet-mote-centrum/charts/district-map.svg"))
                .isRegularFile();
    }

    @Test
    void jobFileSettingsOverrideTheDefaults() throws IOException {
        Path sample = copyExempelstad();
        Path job = Files.writeString(sample.resolve("coarse.conf"), """
                job {
                  processes = "processes.csv"
                  participants = "participants.csv"
                  population = "population_age_gender.csv"
                  areas = "areas.csv"
                  out = "../../out/coarse"
                  master = "local[2]"
                  reports = false
                }
                spegel.disclosure.min-count = 10
                spegel.age-bands = ["16-29", "30-49", "50-64", "65+"]
                """);

        Run run = run(job.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        List<String[]> gaps = Files.readAllLines(dir.resolve("out/coarse/metrics/category_gaps.csv")).stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .toList();
        // columns: process_id, method, stage, dimension, category, n, ...
        assertThat(gaps.stream().filter(r -> r[3].equals("age")).map(r -> r[4]).distinct())
                .containsExactlyInAnyOrder("16-29", "30-49", "50-64", "65+");
        // the default threshold 5 publishes counts of 5 to 9 in this sample; 10 withholds them
        assertThat(gaps.stream().map(r -> r[5]).filter(n -> !n.isEmpty()).mapToDouble(Double::parseDouble))
                .isNotEmpty()
                .allMatch(n -> n == 0 || n >= 10);
        assertThat(dir.resolve("out/coarse/reports")).doesNotExist();
    }

    @Test
    void systemPropertyOverridesTheJobFileWhichOverridesTheDefaults() throws IOException {
        Path job = writeJob("job {\n" + inputsRelativeToJobFile() + "}\n"
                + "spegel.disclosure.min-count = 10\nspegel.report.dissimilarity-low = 0.07\n");
        String key = "spegel.disclosure.min-count";
        System.setProperty(key, "3");
        try {
            JobFile read = JobFile.read(job);
            assertThat(read.config().disclosureMinCount()).isEqualTo(3); // -D beats the job file
            assertThat(read.config().dissimilarityLow()).isEqualTo(0.07); // the job file beats conf
            assertThat(read.config().dissimilarityHigh()).isEqualTo(0.15); // conf's default
            assertThat(read.inputs().processes())
                    .isEqualTo(dir.resolve("processes.csv").toAbsolutePath());
            assertThat(read.out()).isEqualTo(dir.resolve("out").toAbsolutePath());
            assertThat(read.reports()).isTrue();
            assertThat(read.master()).isEmpty();
        } finally {
            System.clearProperty(key);
        }
    }

    @Test
    void missingJobFileIsBadInputNamingTheFile() {
        Run run = run(dir.resolve("no-such-job.conf").toString());
        assertOneLineError(run, "no-such-job.conf", "job file not found");
    }

    @Test
    void missingProcessesKeyIsBadInputNamingFileAndKey() throws IOException {
        Path job = writeJob("""
                job {
                  participants = "participants.csv"
                  population = "population.csv"
                  out = "out"
                }
                """);
        assertOneLineError(run(job.toString()), "job.conf", "missing key job.processes");
    }

    @Test
    void malformedHoconIsBadInputNamingFileAndLine() throws IOException {
        Path job = writeJob("job {\n  processes = \"processes.csv\"\n  participants = [\"a.csv\"\n}\n");
        Run run = run(job.toString());
        assertOneLineError(run, "job.conf:", "");
        assertThat(run.err).containsPattern("job\\.conf:[34]: ");
    }

    @Test
    void missingInputFileIsBadInputNamingJobFileLineAndKey() throws IOException {
        Path job = writeJob("job {\n" + inputsRelativeToJobFile().replace("participants.csv", "deltagare.csv") + "}\n");
        assertOneLineError(run(job.toString()), "job.conf:3: ", "job.participants: file not found")
                .contains("deltagare.csv");
    }

    @Test
    void settingOfTheWrongTypeIsBadInputNamingJobFileLineAndKey() throws IOException {
        Path job = writeJob("job {\n" + inputsRelativeToJobFile() + "}\nspegel.disclosure.min-count = tio\n");
        assertOneLineError(run(job.toString()), "job.conf:7: ", "spegel.disclosure.min-count")
                .contains("NUMBER");
    }

    @Test
    void malformedAgeBandIsBadInputNamingJobFileLineAndKey() throws IOException {
        Path job =
                writeJob("job {\n" + inputsRelativeToJobFile() + "}\nspegel.age-bands = [\"16-29\", \"trettio+\"]\n");
        assertOneLineError(run(job.toString()), "job.conf:7: ", "spegel.age-bands")
                .contains("trettio+");
    }

    @Test
    void jobKeyOfTheWrongTypeIsBadInputNamingTheKey() throws IOException {
        Path job = writeJob("job {\n" + inputsRelativeToJobFile() + "  reports = kanske\n}\n");
        assertOneLineError(run(job.toString()), "job.conf:6: ", "job.reports").contains("BOOLEAN");
    }

    @Test
    void misspelledJobKeyIsBadInputRatherThanIgnored() throws IOException {
        Path job = writeJob("job {\n" + inputsRelativeToJobFile() + "  langauge = \"en\"\n}\n");
        assertOneLineError(run(job.toString()), "job.conf:6: ", "unknown key job.langauge");
    }

    @Test
    void runWithoutJobFileIsAUsageError() {
        assertThat(run().exitCode).isEqualTo(2);
    }

    @Test
    void helpShowsAWorkedExampleOfAJobFile() {
        Run run = run("--help");
        assertThat(run.exitCode).isZero();
        assertThat(run.out)
                .contains("./spegel run examples/exempelstad/job.conf")
                .contains("job {")
                .contains("-Dspegel.KEY=VALUE");
    }

    /** Four lines naming the four required entries; the input files exist next to the job file. */
    private String inputsRelativeToJobFile() throws IOException {
        for (String name : List.of("processes.csv", "participants.csv", "population.csv")) {
            Files.writeString(dir.resolve(name), "x\n");
        }
        return """
                  processes = "processes.csv"
                  participants = "participants.csv"
                  population = ["population.csv"]
                  out = "out"
                """;
    }

    private static org.assertj.core.api.AbstractStringAssert<?> assertOneLineError(Run run, String where, String what) {
        assertThat(run.exitCode).as(run.err).isEqualTo(2);
        return assertThat(run.err.strip())
                .doesNotContain("\n")
                .startsWith("spegel: error: ")
                .contains(where)
                .contains(what);
    }

    private Path writeJob(String content) throws IOException {
        return Files.writeString(dir.resolve("job.conf"), content);
    }

    private Path copyExempelstad() throws IOException {
        Path target = Files.createDirectories(dir.resolve("examples/exempelstad"));
        try (Stream<Path> files = Files.list(Exempelstad.dir())) {
            for (Path file : files.filter(f ->
                            !f.toString().endsWith(".java") && !f.toString().endsWith(".md"))
                    .toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /** Runs `spegel run ARGS`, capturing standard output (progress, report paths) and the error stream. */
    private static Run run(String... args) {
        String[] command = Stream.concat(Stream.of("run"), Stream.of(args)).toArray(String[]::new);
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = SpegelCli.execute(new PrintWriter(err, true), command);
        } finally {
            System.setOut(original);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }

    private record Run(int exitCode, String out, String err) {}
}
