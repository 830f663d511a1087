package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `--encoding` (and spegel.input.encoding) declares the encoding of CSV inputs instead of detecting it. */
class EncodingOptionTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void aWindows1252FileDeclaredUtf8NamesTheLineAndSuggestsWindows1252() throws IOException {
        Result result = validate("--encoding", "utf-8");
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err.strip())
                .doesNotContain("\n")
                .isEqualTo("spegel: error: " + dir.resolve("participants.csv")
                        + ":3: text is not valid UTF-8 (the declared"
                        + " encoding) here; a file saved by Swedish Excel as CSV is usually Windows-1252: try --encoding"
                        + " windows-1252 (spegel.input.encoding = \"windows-1252\")");
    }

    @Test
    void theRightDeclarationReadsIt() throws IOException {
        Result result = validate("--encoding", "windows-1252");
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out)
                .contains("participants.csv: 2 rows, 2 accepted, 0 rejected (CSV ';' Windows-1252 (declared))");
        // processes.csv is UTF-8: declaring every CSV Windows-1252 misreads it, and the run says so
        assertThat(result.out)
                .contains(
                        "warning: processes.csv: declared Windows-1252, but the file is valid UTF-8 with"
                                + " letters beyond ASCII: it is most likely UTF-8, and 'ö' reads as 'Ã¶'; leave out --encoding to detect it");
    }

    @Test
    void withoutADeclarationTheProgressLineSaysWhatWasDetected() throws IOException {
        Result result = validate();
        assertThat(result.code).as(result.err).isZero();
        assertThat(result.out)
                .contains("participants.csv: 2 rows, 2 accepted, 0 rejected (CSV ';' Windows-1252 (not UTF-8"
                        + " from line 3))");
    }

    @Test
    void theConfKeyDeclaresItToo() throws IOException {
        Path conf = Files.writeString(dir.resolve("utf8.conf"), "spegel.input.encoding = \"UTF-8\"\n");
        assertThat(validate("--conf", conf.toString()).code).isEqualTo(2);
    }

    @Test
    void anUnknownEncodingIsAUsageError() throws IOException {
        Result result = validate("--encoding", "klingon");
        assertThat(result.code).isEqualTo(2);
        assertThat(result.err).contains("--encoding: unknown encoding 'klingon'; use auto, utf-8 or windows-1252");
    }

    private Result validate(String... options) throws IOException {
        Path processes = Files.writeString(
                dir.resolve("processes.csv"),
                "process_id;name;method;area_code;period\nmote;Möte;open_meeting;9901;2024\n");
        Path participants = Files.write(
                dir.resolve("participants.csv"),
                "process_id;person_id;gender\nmote;a;man\nmote;b;kvinna född i Malmö\n".getBytes(WINDOWS_1252));
        Path population = Files.writeString(
                dir.resolve("population.csv"),
                "period;area_code;gender;count\n2024;9901;man;100\n2024;9901;kvinna;110\n");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                "validate",
                "--processes",
                processes.toString(),
                "--participants",
                participants.toString(),
                "--population",
                population.toString()));
        args.addAll(java.util.List.of(options));
        StringWriter err = new StringWriter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
            code = SpegelCli.execute(new PrintWriter(err, true), args.toArray(String[]::new));
        } finally {
            System.setOut(stdout);
        }
        return new Result(code, err.toString(), out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    private record Result(int code, String err, String out) {}
}
