package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Output is written to a staging folder inside the output folder and moved into place only
 * when complete, so a run that fails halfway never leaves a mix of old and new results.
 */
public final class StagedOutput implements AutoCloseable {
    private final Path target;
    private final Path staging;

    public StagedOutput(Path target) throws IOException {
        this.target = target;
        Files.createDirectories(target);
        this.staging = target.resolve(".spegel-staging-" + UUID.randomUUID());
        Files.createDirectories(staging);
    }

    public Path staging() {
        return staging;
    }

    /**
     * Moves each named entry of the staging folder over the same entry of the target. An entry may be
     * a path inside a folder ("metrics/method_comparison.csv"): only that entry is replaced, its
     * neighbours stay.
     */
    public void commit(List<String> entries) throws IOException {
        for (String entry : entries) {
            Path from = staging.resolve(entry);
            if (!Files.exists(from)) {
                continue;
            }
            Path to = target.resolve(entry);
            deleteRecursively(to);
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public void close() throws IOException {
        deleteRecursively(staging);
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
