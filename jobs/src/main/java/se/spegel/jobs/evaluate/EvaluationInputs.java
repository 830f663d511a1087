package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files one evaluation reads.
 *
 * @param quotas citizens' assemblies' quota files ({@code --quotas}), none for most runs
 * @param selectionProbabilities the lottery's selection probabilities per pool member ({@code --selection-probabilities})
 */
public record EvaluationInputs(Path processes, Path participants, List<Path> population, Optional<Path> areas,
                               List<Path> quotas, List<Path> selectionProbabilities) {
    public EvaluationInputs {
        population = List.copyOf(population);
        quotas = List.copyOf(quotas);
        selectionProbabilities = List.copyOf(selectionProbabilities);
    }

    /** The inputs of a run without an assembly's own files. */
    public EvaluationInputs(Path processes, Path participants, List<Path> population, Optional<Path> areas) {
        this(processes, participants, population, areas, List.of(), List.of());
    }
}
