package se.spegel.jobs.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Temporary folders for local copies, removed with everything in them when the JVM exits. */
public final class TemporaryFolders {
    private static final List<Path> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> CREATED.forEach(TemporaryFolders::deleteQuietly), "spegel-temporary-folders"));
    }

    private TemporaryFolders() {}

    public static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        CREATED.add(folder);
        return folder;
    }

    /** Removes a folder now (it is removed at exit anyway). */
    static void delete(Path folder) {
        deleteQuietly(folder);
        CREATED.remove(folder);
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail a finished run
        }
    }
}
