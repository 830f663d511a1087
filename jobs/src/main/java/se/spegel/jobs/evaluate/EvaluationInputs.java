package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files one evaluation reads. Participants may come in several files (one Pabulib file per
 * process, say, or one export per district): they are read as one table, a person appearing in
 * two of them as in two rows of one.
 */
public record EvaluationInputs(Path processes, List<Path> participantFiles, List<Path> population,
                               Optional<Path> areas) {
    public EvaluationInputs {
        participantFiles = List.copyOf(participantFiles);
        population = List.copyOf(population);
        if (participantFiles.isEmpty()) {
            throw new IllegalArgumentException("no participants file");
        }
    }

    public EvaluationInputs(Path processes, Path participants, List<Path> population, Optional<Path> areas) {
        this(processes, List.of(participants), population, areas);
    }

    /** The first participants file (the only one, mostly). */
    public Path participants() {
        return participantFiles.get(0);
    }
}
