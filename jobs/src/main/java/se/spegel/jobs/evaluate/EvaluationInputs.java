package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files one evaluation reads. Participants may come in several files (one Pabulib file per
 * process, say, or one export per district): they are read as one table, a person appearing in
 * two of them as in two rows of one.
 *
 * @param quotas citizens' assemblies' quota files ({@code --quotas}), none for most runs
 * @param selectionProbabilities the lottery's selection probabilities per pool member ({@code --selection-probabilities})
 * @param surveyBenchmarks survey benchmark files of attitudinal dimensions ({@code --survey-benchmarks})
 */
public record EvaluationInputs(
        Path processes,
        List<Path> participantFiles,
        List<Path> population,
        Optional<Path> areas,
        List<Path> quotas,
        List<Path> selectionProbabilities,
        List<Path> surveyBenchmarks) {
    public EvaluationInputs {
        surveyBenchmarks = List.copyOf(surveyBenchmarks);
        participantFiles = List.copyOf(participantFiles);
        population = List.copyOf(population);
        quotas = List.copyOf(quotas);
        selectionProbabilities = List.copyOf(selectionProbabilities);
        if (participantFiles.isEmpty()) {
            throw new IllegalArgumentException("no participants file");
        }
    }

    /** The inputs of a run without survey benchmarks. */
    public EvaluationInputs(
            Path processes,
            List<Path> participantFiles,
            List<Path> population,
            Optional<Path> areas,
            List<Path> quotas,
            List<Path> selectionProbabilities) {
        this(processes, participantFiles, population, areas, quotas, selectionProbabilities, List.of());
    }

    public EvaluationInputs(
            Path processes,
            Path participants,
            List<Path> population,
            Optional<Path> areas,
            List<Path> quotas,
            List<Path> selectionProbabilities) {
        this(processes, List.of(participants), population, areas, quotas, selectionProbabilities);
    }

    /** The inputs of a run without an assembly's own files. */
    public EvaluationInputs(Path processes, Path participants, List<Path> population, Optional<Path> areas) {
        this(processes, List.of(participants), population, areas, List.of(), List.of());
    }

    /** The inputs of a run with several participant files and no assembly's own files. */
    public EvaluationInputs(Path processes, List<Path> participantFiles, List<Path> population, Optional<Path> areas) {
        this(processes, participantFiles, population, areas, List.of(), List.of());
    }

    /** The first participants file (the only one, mostly). */
    public Path participants() {
        return participantFiles.get(0);
    }
}
