package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user mistake ends with exit code 2 and one line naming file, line and column, and writes nothing. */
class BadInputExitCodeTest {
    @TempDir
    Path dir;

    private static final String PROCESSES =
            "process_id,name,method,area_code,period,min_age\n" + "p1,Möte,open_meeting,9901,2024,16\n";
    private static final String POPULATION =
            "period,area_code,age,gender,count\n" + "2024,9901,30,män,100\n2024,9901,30,kvinnor,110\n";

    @Test
    void nonNumericAgeNamesFileLineAndColumn() throws IOException {
        Path participants = write("participants.csv", "process_id,person_id,age,gender\np1,a,34,K\np1,b,trettio,M\n");
        Result result = evaluate(participants);
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.strip())
                .doesNotContain("\n")
                .contains("participants.csv:3:3")
                .contains("age")
                .contains("'trettio' is not a whole number");
        assertThat(dir.resolve("out/metrics")).doesNotExist();
    }

    @Test
    void missingRequiredColumnNamesTheColumn() throws IOException {
        Path participants = write("participants.csv", "process_id,age,gender\np1,34,K\n");
        Result result = evaluate(participants);
        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.err.strip())
                .doesNotContain("\n")
                .contains("participants.csv:1")
                .contains("missing required column 'person_id'");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(SpegelCli.execute(new PrintWriter(new StringWriter()), "evaluate", "--no-such-option"))
                .isEqualTo(2);
    }

    @Test
    void validateAcceptsGoodInput() throws IOException {
        Path participants = write("participants.csv", "process_id,person_id,age,gender\np1,a,34,K\n");
        StringWriter err = new StringWriter();
        int code = SpegelCli.execute(
                new PrintWriter(err, true),
                "validate",
                "--processes",
                write("processes.csv", PROCESSES).toString(),
                "--participants",
                participants.toString(),
                "--population",
                write("population.csv", POPULATION).toString());
        assertThat(code).as(err.toString()).isZero();
    }

    private Result evaluate(Path participants) throws IOException {
        StringWriter err = new StringWriter();
        int code = SpegelCli.execute(
                new PrintWriter(err, true),
                "evaluate",
                "--processes",
                write("processes.csv", PROCESSES).toString(),
                "--participants",
                participants.toString(),
                "--population",
                write("population.csv", POPULATION).toString(),
                "--out",
                dir.resolve("out").toString());
        return new Result(code, err.toString());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private record Result(int exitCode, String err) {}
}
