package se.spegel.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.schema.config.SpegelConfig;

/**
 * What weights and budget share: evaluate's inputs, the raking options and an output folder.
 * The inputs are read and checked first; a choice that does not fit them (an unknown
 * dimension, process or stage) is a usage error, exit code 2.
 */
abstract class RakingCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions options;

    @Mixin
    RakingOptions raking;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        SpegelConfig config = options.config();
        LoadedInputs loaded = new EvaluateJob(config, System.out).validate(options.inputs());
        try {
            run(config, loaded);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return 0;
    }

    abstract void run(SpegelConfig config, LoadedInputs loaded) throws Exception;
}
