package se.spegel.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.input.InputException;

class StagedOutputTest {
    private static final List<String> ENTRIES = List.of("metrics", "run.json", "reports");

    @TempDir
    Path dir;

    @Test
    void failureHalfwayThroughWritingLeavesThePreviousOutputAsItWasAndNoStagingFolder() throws IOException {
        Path out = previousOutput();
        assertThatThrownBy(() -> {
                    try (StagedOutput output = StagedOutput.beside(out)) {
                        Files.createDirectories(output.staging().resolve("metrics"));
                        Files.writeString(output.staging().resolve("metrics/category_gaps.csv"), "new, half written");
                        throw new IOException("disk full");
                    }
                })
                .hasMessage("disk full");
        assertThat(Files.readString(out.resolve("metrics/category_gaps.csv"))).isEqualTo("old");
        assertThat(Files.readString(out.resolve("run.json"))).isEqualTo("{old}");
        assertThat(listing(dir)).containsExactly("out");
    }

    @Test
    void commitReplacesTheCommandsEntriesRemovesStaleOnesAndKeepsOtherFiles() throws IOException {
        Path out = previousOutput();
        try (StagedOutput output = StagedOutput.beside(out)) {
            Files.createDirectories(output.staging().resolve("metrics"));
            Files.writeString(output.staging().resolve("metrics/category_gaps.csv"), "new");
            Files.writeString(output.staging().resolve("run.json"), "{new}");
            output.commit(ENTRIES); // this run wrote no reports: the old ones must not stay beside new metrics
        }
        assertThat(Files.readString(out.resolve("metrics/category_gaps.csv"))).isEqualTo("new");
        assertThat(Files.readString(out.resolve("run.json"))).isEqualTo("{new}");
        assertThat(out.resolve("reports")).doesNotExist();
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("the user's own file");
        assertThat(listing(out)).containsExactly("metrics", "notes.txt", "run.json");
        assertThat(listing(dir)).containsExactly("out");
    }

    @Test
    void newOutputFolderAppearsWholeOnCommit() throws IOException {
        Path out = dir.resolve("a/b/out");
        try (StagedOutput output = StagedOutput.beside(out)) {
            Files.writeString(output.staging().resolve("run.json"), "{}");
            assertThat(out).doesNotExist();
            output.commit(ENTRIES);
        }
        assertThat(listing(out)).containsExactly("run.json");
        assertThat(listing(out.getParent())).containsExactly("out");
    }

    @Test
    void existingOutputIsReplacedOnlyWhenAskedTo() throws IOException {
        Path out = previousOutput();
        assertThatThrownBy(() -> StagedOutput.requireOverwrite(out, ENTRIES, false))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(out
                                        + ": already holds metrics, run.json, reports from an earlier run; pass --overwrite to replace"
                                        + " them, or choose another --out"));
        StagedOutput.requireOverwrite(out, ENTRIES, true);
        StagedOutput.requireOverwrite(out, List.of("rejects"), false); // other files do not count
        StagedOutput.requireOverwrite(dir.resolve("new"), ENTRIES, false);
    }

    private Path previousOutput() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(out.resolve("metrics"));
        Files.createDirectories(out.resolve("reports/p1"));
        Files.writeString(out.resolve("metrics/category_gaps.csv"), "old");
        Files.writeString(out.resolve("run.json"), "{old}");
        Files.writeString(out.resolve("reports/p1/report.html"), "<html>old</html>");
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        return out;
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }
}
