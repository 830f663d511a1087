package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.FolderSnapshot;
import se.spegel.jobs.SharedSpark;

/**
 * A real kill: {@code spegel evaluate --overwrite} runs in a child JVM and gets SIGKILL while it
 * writes its metrics; the output of the run before must be there byte for byte.
 */
class KilledRunTest {
    private static final Path BASE = CorpusCase.ROOT.resolve("_base");
    private static final long TIMEOUT_MILLIS = 300_000;

    @TempDir
    Path dir;

    @Test
    void evaluateKilledWhileWritingLeavesThePreviousOutputExactlyAsItWas() throws Exception {
        SharedSpark.get();
        Path out = dir.resolve("out");
        CliRun previous = CliRun.of(
                "evaluate",
                "--processes",
                BASE.resolve("processes.csv").toString(),
                "--participants",
                BASE.resolve("participants.csv").toString(),
                "--population",
                BASE.resolve("population.csv").toString(),
                "--areas",
                BASE.resolve("areas.csv").toString(),
                "--out",
                out.toString());
        assertThat(previous.exitCode()).as(previous.err()).isZero();
        Map<String, String> before = FolderSnapshot.of(out);

        Process child = childEvaluate(out);
        try {
            Path halfWritten = waitForStagedMetrics(out, child);
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(halfWritten).isRegularFile();
        } finally {
            child.destroyForcibly();
        }

        assertThat(child.exitValue()).as("killed, not finished").isNotZero();
        assertThat(withoutStaging(FolderSnapshot.of(out))).isEqualTo(before);
    }

    /** The child's first metric file in its staging folder: the moment it is writing. */
    private static Path waitForStagedMetrics(Path out, Process child) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            Optional<Path> staged = stagedMetricFile(out);
            if (staged.isPresent()) {
                return staged.get();
            }
            if (!child.isAlive()) {
                throw new AssertionError("the child ended (exit " + child.exitValue()
                        + ") before it was seen writing:\n" + Files.readString(out.resolveSibling("child.log")));
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child never started writing");
    }

    private static Optional<Path> stagedMetricFile(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.filter(e -> e.getFileName().toString().startsWith(".spegel-staging-"))
                    .map(e -> e.resolve("metrics/category_gaps.csv"))
                    .filter(Files::isRegularFile)
                    .findFirst();
        }
    }

    /** `spegel evaluate --overwrite` of the sample municipality in a JVM of its own, with this JVM's flags and class path. */
    private static Process childEvaluate(Path out) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens"))
                .forEach(command::add);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                SpegelCli.class.getName(),
                "evaluate",
                "--processes",
                Exempelstad.inputs().processes().toString(),
                "--participants",
                Exempelstad.inputs().participants().toString(),
                "--population"));
        Exempelstad.inputs().population().forEach(p -> command.add(p.toString()));
        command.addAll(List.of(
                "--areas",
                Exempelstad.inputs().areas().orElseThrow().toString(),
                "--out",
                out.toString(),
                "--overwrite",
                "--master",
                "local[1]"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(out.resolveSibling("child.log").toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    /** A killed run leaves its hidden staging folder; the output proper is everything else. */
    private static Map<String, String> withoutStaging(Map<String, String> files) {
        Map<String, String> kept = new TreeMap<>(files);
        kept.keySet().removeIf(f -> f.startsWith(".spegel-staging-"));
        return kept;
    }
}
