package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input options given as Hadoop file system URIs (file:// here; hdfs:// and s3a:// take the same route). */
class UriInputCommandTest {
    @TempDir
    Path dir;

    private static final String PROCESSES = "process_id,name,method,area_code,period\np1,Möte,open_meeting,9901,2024\n";
    private static final String POPULATION =
            "period,area_code,age,gender,count\n2024,9901,30,män,100\n2024,9901,30,kvinnor,110\n";

    @Test
    void validateReadsInputsGivenAsFileUris() throws IOException {
        StringWriter err = new StringWriter();
        int code = validate(err, uri("participants.csv", "process_id,person_id,age,gender\np1,a,34,K\n"));
        assertThat(code).as(err.toString()).isZero();
    }

    @Test
    void mistakeInAFetchedFileNamesTheUriNotTheLocalCopy() throws IOException {
        StringWriter err = new StringWriter();
        String participants = uri("participants.csv", "process_id,person_id,age,gender\np1,a,34,K\np1,b,trettio,M\n");
        assertThat(validate(err, participants)).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("spegel: error: " + participants + ":3:3");
    }

    @Test
    void missingUriIsAUsageErrorNamingIt() throws IOException {
        StringWriter err = new StringWriter();
        String missing = dir.resolve("no-such-file.csv").toUri().toString();
        assertThat(validate(err, missing)).isEqualTo(2);
        assertThat(err.toString()).contains("--participants").contains(missing + ": file not found");
    }

    private int validate(StringWriter err, String participants) throws IOException {
        return SpegelCli.execute(
                new PrintWriter(err, true),
                "validate",
                "--processes",
                uri("processes.csv", PROCESSES),
                "--participants",
                participants,
                "--population",
                uri("population.csv", POPULATION));
    }

    private String uri(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toUri().toString();
    }
}
