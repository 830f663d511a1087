package se.spegel.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import se.spegel.jobs.api.Spegel;

@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Read and check the inputs without computing anything; exit 2 names file, line and column of a mistake.",
        footer = {
            "",
            "Example:",
            "  ./spegel validate --processes processes.csv --participants participants.csv \\",
            "      --population population_age_gender.csv --areas areas.csv"
        })
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    InputOptions options;

    @Override
    public Integer call() {
        System.out.println("Validating inputs");
        Spegel.files(options.config(), options.inputs()).progress(System.out).validateOnly();
        System.out.println("Inputs are valid.");
        return 0;
    }
}
