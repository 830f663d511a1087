package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The files one evaluation reads. */
public record EvaluationInputs(Path processes, Path participants, List<Path> population, Optional<Path> areas) {
    public EvaluationInputs {
        population = List.copyOf(population);
    }
}
