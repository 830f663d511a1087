package se.spegel.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.io.PublishedOutput;

@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description =
                "Compute every metric for every process, funnel stage and dimension; write metrics/, rejects/ and run.json.",
        footer = {
            "",
            "Example:",
            "  ./spegel evaluate --processes processes.csv --participants participants.csv \\",
            "      --population population_age_gender.csv population_education.csv --areas areas.csv --out out/",
            "",
            "Every input FILE and --out may also be a Hadoop file system URI (hdfs://, s3a://, file:///),",
            "e.g. under spark-submit on a cluster."
        })
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    InputOptions options;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "output folder: a path or a Hadoop file system URI (file://, hdfs://, s3a://)")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default from conf: local[*])")
    String master;

    @Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        try (PublishedOutput output = PublishedOutput.at(out)) {
            String written = Pipeline.evaluate(
                    options.config(), options.inputs(), output.local(), master, overwrite.overwrite, System.out);
            output.publish(EvaluateJob.OUTPUT_ENTRIES, System.out);
            System.out.printf(
                    java.util.Locale.ROOT,
                    "Done in %.1f s: %s%s%n",
                    (System.nanoTime() - start) / 1e9,
                    written,
                    !output.display("metrics")
                                    .equals(output.local().resolve("metrics").toString())
                            ? " (published to " + output.display("metrics") + ")"
                            : "");
        }
        return 0;
    }
}
