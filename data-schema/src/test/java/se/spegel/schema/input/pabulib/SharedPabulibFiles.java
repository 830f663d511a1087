package se.spegel.schema.input.pabulib;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real Pabulib files of the shared data folder ({@code ../shared/data/pabulib} next to the
 * checkout, or the folder named by the system property {@code spegel.pabulib.dir}). Tests that
 * need them are skipped where that folder does not exist.
 */
final class SharedPabulibFiles {
    static final String ALEKSANDROW = "Poland_Warszawa_2017_Aleksandrow.pb";
    static final String BEMOWO = "Poland_Warszawa_2017_Bemowo.pb";
    static final String URSYNOW = "Poland_Warszawa_2019_Ursynow.pb";
    static final String MOKOTOW = "Poland_Warszawa_2023_Mokotow.pb";
    static final String WARSZAWA_2026 = "Poland_Warszawa_2026.pb";

    private SharedPabulibFiles() {}

    static Path dir() {
        String configured = System.getProperty("spegel.pabulib.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        // Maven runs tests in data-schema/; the shared folder sits beside the checkout
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/pabulib");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return cwd.resolve("shared/data/pabulib");
    }

    static Path file(String name) {
        Path file = dir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "shared Pabulib file not present: " + file);
        return file;
    }
}
