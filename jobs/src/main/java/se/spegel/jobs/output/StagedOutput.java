package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import se.spegel.schema.input.InputException;

/**
 * Output is written to a staging folder and moved into place only when complete, so a run that
 * fails or is killed halfway never leaves a mix of old and new results: until {@link #commit}
 * the previous output is untouched, and a killed run leaves at most a hidden
 * {@code .spegel-staging-*} folder behind.
 *
 * <p>The staging folder lies either inside the target ({@link #StagedOutput(Path)}, for one
 * step's entries) or beside it ({@link #beside(Path)}, for everything a command writes): then a
 * target that did not exist yet appears in one atomic rename. An existing target keeps
 * everything but the committed entries, each of which is swapped in by renames.
 */
public final class StagedOutput implements AutoCloseable {
    private static final String PREFIX = ".spegel-staging-";

    private final Path target;
    private final Path staging;
    private final boolean inside;

    /** Stages inside the target folder, which is created. */
    public StagedOutput(Path target) throws IOException {
        this(target, target.resolve(PREFIX + UUID.randomUUID()), true);
        Files.createDirectories(target);
        Files.createDirectories(staging);
    }

    private StagedOutput(Path target, Path staging, boolean inside) {
        this.target = target;
        this.staging = staging;
        this.inside = inside;
    }

    /** Stages in a hidden folder beside the target, creating only that folder (and the target's parent). */
    public static StagedOutput beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw InputException.ofFile(
                    target, "cannot write output to the root of a file system; give a folder below it");
        }
        Files.createDirectories(parent);
        StagedOutput output = new StagedOutput(
                absolute, parent.resolve(PREFIX + absolute.getFileName() + "-" + UUID.randomUUID()), false);
        Files.createDirectories(output.staging);
        return output;
    }

    /**
     * Refuses to replace output of an earlier run unless asked to: the user's previous results are
     * not overwritten by accident (a typo in --out, a second run with other inputs).
     *
     * @param entries the entries of the target this command writes
     * @throws InputException naming the target and the entries it already holds, when not {@code overwrite}
     */
    public static void requireOverwrite(Path target, List<String> entries, boolean overwrite) {
        if (overwrite) {
            return;
        }
        List<String> existing =
                entries.stream().filter(e -> Files.exists(target.resolve(e))).toList();
        if (!existing.isEmpty()) {
            throw InputException.ofFile(
                    target,
                    "already holds " + String.join(", ", existing)
                            + " from an earlier run; pass --overwrite to replace them, or choose another --out");
        }
    }

    public Path staging() {
        return staging;
    }

    /** The entries the command wrote to the staging folder (its files and folders, by name). */
    public List<String> stagedEntries() throws IOException {
        try (Stream<Path> listing = Files.list(staging)) {
            return listing.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(PREFIX))
                    .sorted()
                    .toList();
        }
    }

    /**
     * Moves the staged entries into place. Each listed entry of the target is replaced by the
     * staged one, or removed when this run wrote none (so no stale entry survives); the target's
     * other files are left alone.
     */
    public void commit(List<String> entries) throws IOException {
        if (!inside && !Files.exists(target)) {
            // nothing to keep: the whole output appears at once
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Files.createDirectories(target);
        // old entries first go aside into the staging folder (cheap renames, removed on close),
        // so that the window with a mix of old and new is as short as a few renames
        Path replaced = staging.resolve(PREFIX + "replaced");
        Files.createDirectories(replaced);
        List<String> present = new ArrayList<>();
        for (String entry : entries) {
            if (Files.exists(target.resolve(entry))) {
                // an entry may lie inside a folder ("metrics/method_comparison.csv"): only it is replaced
                Files.createDirectories(replaced.resolve(entry).getParent());
                Files.move(target.resolve(entry), replaced.resolve(entry), StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.exists(staging.resolve(entry))) {
                present.add(entry);
            }
        }
        for (String entry : present) {
            Files.createDirectories(target.resolve(entry).getParent());
            Files.move(staging.resolve(entry), target.resolve(entry), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the staging folder with whatever it still holds (everything, after a failure). */
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
