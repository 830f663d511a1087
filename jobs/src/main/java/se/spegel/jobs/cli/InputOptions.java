package se.spegel.jobs.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.schema.config.SpegelConfig;

/** The input options shared by validate and evaluate. */
final class InputOptions {
    @Option(names = "--processes", required = true, converter = InputLocationConverter.class, paramLabel = "FILE", description = "processes CSV (one row per dialogue process)")
    Path processes;

    @Option(names = "--participants", required = true, converter = InputLocationConverter.class, paramLabel = "FILE", description = "participants CSV (one row per person per process)")
    Path participants;

    @Option(names = "--population", required = true, arity = "1..*", converter = InputLocationConverter.class, paramLabel = "FILE",
            description = "population CSV in long form; several files allowed, each one table")
    List<Path> population;

    @Option(names = "--areas", converter = InputLocationConverter.class, paramLabel = "FILE", description = "area hierarchy CSV: area_code, parent_code, level, name")
    Path areas;

    @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/spegel.conf")
    Path conf;

    EvaluationInputs inputs() {
        return new EvaluationInputs(processes, participants, population, Optional.ofNullable(areas));
    }

    SpegelConfig config() {
        return SpegelConfig.load(Optional.ofNullable(conf));
    }
}
