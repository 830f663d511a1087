package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedSpark;

/**
 * Process ids become report folder names: ids that are paths, parent references, absolute paths,
 * NUL characters, Windows device names or far too long must still write every file inside the
 * output folder, end to end through {@code spegel run}.
 */
class HostileProcessIdsTest {
    @TempDir
    Path dir;

    @Test
    void hostileProcessIdsWriteNothingOutsideTheOutputFolder() throws IOException {
        SharedSpark.get();
        Path outside = Path.of(System.getProperty("java.io.tmpdir"), "spegel-hostile-" + UUID.randomUUID());
        // a control character such as NUL is refused as the processes file is read (corpus:
        // processes-control-character)
        List<String> ids = List.of(
                "../../escaped",
                "..",
                ".",
                outside.toString(),
                "..\\..\\windows",
                "a<b>|c:d",
                "CON",
                "nul.txt",
                "x".repeat(300));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path job = OutputSafetyTest.job(work, "out");
        StringBuilder processes = new StringBuilder("process_id,name,method,area_code,period\n");
        StringBuilder participants = new StringBuilder("process_id,person_id,age,gender,area_code\n");
        for (int i = 0; i < ids.size(); i++) {
            processes.append(quoted(ids.get(i))).append(",Möte ").append(i).append(",open_meeting,K1,2024\n");
            participants.append(quoted(ids.get(i))).append(",x").append(i).append(",30,kvinna,D1\n");
        }
        Files.writeString(work.resolve("processes.csv"), processes);
        Files.writeString(work.resolve("participants.csv"), participants);

        CliRun run = CliRun.of("run", job.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(outside).doesNotExist();
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)
                            .map(p -> dir.relativize(p).toString()))
                    .allMatch(p -> p.startsWith("work/out/")
                            || List.of(
                                            "work/processes.csv",
                                            "work/participants.csv",
                                            "work/population.csv",
                                            "work/areas.csv",
                                            "work/job.conf")
                                    .contains(p));
        }
        List<String> folders = new ArrayList<>();
        try (Stream<Path> reports = Files.list(work.resolve("out/reports"))) {
            reports.forEach(r -> folders.add(r.getFileName().toString()));
        }
        assertThat(folders)
                .hasSize(ids.size() + 1)
                .contains("comparison", "_._.._escaped", "__", "_", "_CON", "_nul.txt")
                .allMatch(f -> f.matches("[A-Za-z0-9_][A-Za-z0-9._-]*") && f.length() <= 100);
        for (String folder : folders) {
            assertThat(work.resolve("out/reports").resolve(folder).resolve("report.html"))
                    .isRegularFile();
        }
        assertThat(Files.readString(work.resolve("out/metrics/process_summary.csv")))
                .contains("../../escaped");
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
