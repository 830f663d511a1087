package se.spegel.jobs.cli;

import java.util.List;
import picocli.CommandLine.Option;
import se.spegel.jobs.weights.RakingSettings;

/** The raking options shared by weights and budget. */
final class RakingOptions {
    @Option(
            names = "--dimensions",
            required = true,
            split = ",",
            paramLabel = "DIM",
            description = "dimensions to rake on, comma-separated, e.g. age,gender or age,district (an intersection"
                    + " a population table holds, e.g. age*gender, is one margin)")
    List<String> dimensions;

    @Option(
            names = "--tolerance",
            paramLabel = "SHARE",
            defaultValue = "" + RakingSettings.DEFAULT_TOLERANCE,
            description = "largest accepted |weighted share - population share| (default: ${DEFAULT-VALUE})")
    double tolerance;

    @Option(
            names = "--max-iterations",
            paramLabel = "N",
            defaultValue = "" + RakingSettings.DEFAULT_MAX_ITERATIONS,
            description = "most raking cycles (default: ${DEFAULT-VALUE})")
    int maxIterations;

    @Option(
            names = "--min-weight",
            paramLabel = "X",
            description = "trim: lowest weight, as a multiple of the mean weight (e.g. 0.3)")
    Double minWeight;

    @Option(
            names = "--max-weight",
            paramLabel = "X",
            description = "trim: highest weight, as a multiple of the mean weight (e.g. 5)")
    Double maxWeight;

    RakingSettings settings() {
        return new RakingSettings(tolerance, maxIterations, minWeight, maxWeight);
    }
}
