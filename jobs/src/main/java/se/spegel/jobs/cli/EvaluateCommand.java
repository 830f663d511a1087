package se.spegel.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compute every metric for every process, funnel stage and dimension; write metrics/, rejects/ and run.json.",
        footer = {"", "Example:", "  ./spegel evaluate --processes processes.csv --participants participants.csv \\",
                "      --population population_age_gender.csv population_education.csv --areas areas.csv --out out/"})
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    InputOptions options;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default from conf: local[*])")
    String master;

    @Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        String written = Pipeline.evaluate(options.config(), options.inputs(), out, master, overwrite.overwrite,
                System.out);
        System.out.printf(java.util.Locale.ROOT, "Done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, written);
        return 0;
    }
}
