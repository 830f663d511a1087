package se.spegel.jobs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Pabulib files of the shared data folder ({@code shared/data/pabulib} in a folder
 * above the checkout, wherever the worktree lies). Tests that need one are skipped without it.
 */
public final class SharedPabulib {
    private SharedPabulib() {}

    public static Path file(String name) {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/pabulib").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared Pabulib file not present: " + name);
        return null;
    }
}
