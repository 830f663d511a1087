package se.spegel.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import se.spegel.jobs.evaluate.EvaluationInputs;

/** The bundled sample data, found from the module folder or the repository root. */
public final class Exempelstad {
    private Exempelstad() {}

    public static Path dir() {
        for (Path candidate : List.of(Path.of("../examples/exempelstad"), Path.of("examples/exempelstad"))) {
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/exempelstad not found");
    }

    public static EvaluationInputs inputs() {
        Path dir = dir();
        return new EvaluationInputs(
                dir.resolve("processes.csv"),
                dir.resolve("participants.csv"),
                List.of(
                        dir.resolve("population_age_gender.csv"),
                        dir.resolve("population_education.csv"),
                        dir.resolve("population_origin.csv")),
                Optional.of(dir.resolve("areas.csv")));
    }
}
