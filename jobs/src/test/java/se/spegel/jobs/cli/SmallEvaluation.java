package se.spegel.jobs.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs `spegel evaluate` on small hand-made files in a folder, publishing every count
 * (the default disclosure threshold would withhold the tiny hand-made counts).
 */
final class SmallEvaluation {
    private final Path dir;

    SmallEvaluation(Path dir) {
        this.dir = dir;
    }

    record Result(int exitCode, String err, Path out) {
        List<String> lines(String table) throws IOException {
            return Files.readAllLines(out.resolve("metrics").resolve(table + ".csv"));
        }
    }

    Result run(String processes, String participants, String population) throws IOException {
        StringWriter err = new StringWriter();
        Path out = dir.resolve("out");
        int code = SpegelCli.execute(
                new PrintWriter(err, true),
                "evaluate",
                "--processes",
                write("processes.csv", processes).toString(),
                "--participants",
                write("participants.csv", participants).toString(),
                "--population",
                write("population.csv", population).toString(),
                "--out",
                out.toString(),
                "--master",
                "local[1]",
                "--conf",
                write("publish-all.conf", "spegel.disclosure.min-count = 1").toString());
        return new Result(code, err.toString(), out);
    }

    static String row(List<String> lines, String needle) {
        return lines.stream().filter(l -> l.contains(needle)).findFirst().orElseThrow(() -> new AssertionError(needle));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
