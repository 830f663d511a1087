package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.spegel.jobs.SharedSpark;

/**
 * Every case of the bad-input corpus through {@code spegel evaluate}, in process: a user mistake
 * ends with exit code 2 and one line naming file, line and column, no stack trace and no output;
 * a bad row is rejected with a reason code, and every input's rows add up
 * ({@code rows_read = rows_accepted + rows_rejected}). Prints a table of every case and its
 * outcome, also written to {@code target/bad-input-corpus.txt}.
 */
class BadInputCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> OUTCOMES = new TreeMap<>();

    @TempDir
    static Path work;

    @BeforeAll
    static void startSpark() {
        SharedSpark.get(); // the CLI runs on this session instead of starting (and stopping) its own
    }

    static List<CorpusCase> cases() throws IOException {
        return CorpusCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void caseEndsAsExpected(CorpusCase c) throws IOException {
        Path out = work.resolve(c.name()).resolve("out");
        Files.createDirectories(out.getParent());
        CliRun run = CliRun.of(c.evaluateArguments(out));
        String outcome =
                "exit " + run.exitCode() + ": " + (run.exitCode() == 0 ? rejectsSummary(out) : firstLine(run.err()));
        OUTCOMES.put(c.name(), "FAIL  " + outcome);
        assertThat(run.exitCode()).as(c.name() + "\n" + run.err() + run.out()).isEqualTo(c.exitCode());
        for (String absent : c.absent()) {
            assertThat(run.err() + run.out())
                    .as(c.name() + ": the console carries " + absent)
                    .doesNotContain(absent);
        }
        if (c.exitCode() == SpegelCli.BAD_INPUT) {
            checkOneLineError(c, run, out);
        } else {
            checkNothingLost(c, out);
        }
        OUTCOMES.put(c.name(), "ok    " + outcome);
    }

    private static void checkOneLineError(CorpusCase c, CliRun run, Path out) throws IOException {
        String error = run.err().strip();
        assertThat(error)
                .as(c.name())
                .startsWith("spegel: error: ")
                .doesNotContain("\n")
                .doesNotContain("\tat ")
                .contains(c.required("where"))
                .contains(c.required("message"));
        assertThat(out).as(c.name() + ": nothing written").doesNotExist();
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertThat(left).as(c.name() + ": no staging folder left").isEmpty();
        }
    }

    private static void checkNothingLost(CorpusCase c, Path out) throws IOException {
        JsonNode manifest = JSON.readTree(out.resolve("run.json").toFile());
        Map<String, Long> reasonsInManifest = new TreeMap<>();
        for (JsonNode input : manifest.get("inputs")) {
            long read = input.get("rows_read").asLong();
            assertThat(read)
                    .as(c.name() + " " + input.get("path").asText() + ": rows_read = accepted + rejected")
                    .isEqualTo(input.get("rows_accepted").asLong()
                            + input.get("rows_rejected").asLong());
            input.get("rejected_by_reason")
                    .fields()
                    .forEachRemaining(e ->
                            reasonsInManifest.merge(e.getKey(), e.getValue().asLong(), Long::sum));
            Long expected = c.rowsRead().get(input.get("role").asText());
            if (expected != null) {
                assertThat(read)
                        .as(c.name() + ": rows_read of " + input.get("role").asText())
                        .isEqualTo(expected);
            }
        }
        Map<String, Long> reasonsInFiles = rejectReasons(out.resolve("rejects"));
        assertThat(reasonsInFiles).as(c.name() + ": reasons in rejects/").isEqualTo(c.rejects());
        assertThat(reasonsInManifest)
                .as(c.name() + ": rejected_by_reason in run.json")
                .isEqualTo(c.rejects());
        if (c.get("warning") != null) {
            assertThat(manifest.get("inputs").findValues("warnings").toString())
                    .as(c.name())
                    .contains(c.get("warning"));
        }
        if (c.get("note") != null) {
            assertThat(manifest.get("notes").toString()).as(c.name()).contains(c.get("note"));
        }
        List<CSVRecord> rejects = rejectRows(out.resolve("rejects"));
        c.rejectLines()
                .forEach((reason, line) -> assertThat(rejects)
                        .as(c.name() + ": a " + reason + " reject at line " + line)
                        .anyMatch(r ->
                                r.get("reason").equals(reason) && r.get("line").equals(Long.toString(line))));
        checkAbsent(c, out);
        checkCategory(c, out, "category", false);
        checkCategory(c, out, "category.nocounterpart", true);
        try (Stream<Path> tables = Files.list(out.resolve("metrics"))) {
            for (Path table : tables.filter(p -> p.toString().endsWith(".csv")).toList()) {
                assertThat(Files.readString(table))
                        .as(c.name() + " " + table.getFileName())
                        .doesNotContain("NaN")
                        .doesNotContain("Infinity");
            }
        }
    }

    /** No file the run wrote (metrics, rejects/, run.json) carries a text the case names as absent. */
    private static void checkAbsent(CorpusCase c, Path out) throws IOException {
        if (c.absent().isEmpty()) {
            return;
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                for (String absent : c.absent()) {
                    assertThat(text)
                            .as(c.name() + ": " + out.relativize(file) + " carries " + absent)
                            .doesNotContain(absent);
                }
            }
        }
    }

    /** A dimension:category row of category_gaps.csv must exist, with or without a population count. */
    private static void checkCategory(CorpusCase c, Path out, String key, boolean withoutCounterpart)
            throws IOException {
        if (c.get(key) == null) {
            return;
        }
        String[] wanted = c.get(key).split(":", 2);
        assertThat(csvRows(out.resolve("metrics/category_gaps.csv")))
                .as(c.name() + ": " + key + " " + c.get(key))
                .anyMatch(r -> r.get("dimension").equals(wanted[0])
                        && r.get("category").equals(wanted[1])
                        && r.get("pop_count").isEmpty() == withoutCounterpart);
    }

    /** Rows per reason code over every file in rejects/. */
    private static Map<String, Long> rejectReasons(Path rejects) throws IOException {
        Map<String, Long> reasons = new TreeMap<>();
        rejectRows(rejects).forEach(r -> reasons.merge(r.get("reason"), 1L, Long::sum));
        return reasons;
    }

    private static List<CSVRecord> rejectRows(Path rejects) throws IOException {
        List<CSVRecord> rows = new ArrayList<>();
        try (Stream<Path> files = Files.list(rejects)) {
            for (Path file : files.sorted().toList()) {
                rows.addAll(csvRows(file));
            }
        }
        return rows;
    }

    /** A CSV file's rows by header name (details and ids may hold commas and quotes). */
    private static List<CSVRecord> csvRows(Path file) throws IOException {
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        }
    }

    private static String rejectsSummary(Path out) {
        try {
            Map<String, Long> reasons = rejectReasons(out.resolve("rejects"));
            return reasons.isEmpty() ? "no rejects" : "rejects " + reasons;
        } catch (IOException e) {
            return "no rejects/ folder";
        }
    }

    private static String firstLine(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.replace("spegel: error: ", "").replace(CorpusCase.ROOT.toString() + "/", "");
    }

    @AfterAll
    static void printTable() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Bad-input corpus: %d cases (src/test/resources/corpus)", OUTCOMES.size()));
        OUTCOMES.forEach((name, outcome) -> lines.add(String.format("%-36s %s", name, outcome)));
        String table = String.join("\n", lines) + "\n";
        System.out.print(table);
        Files.writeString(Path.of("target/bad-input-corpus.txt"), table);
    }
}
