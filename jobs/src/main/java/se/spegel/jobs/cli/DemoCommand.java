package se.spegel.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.SparkSessions;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Evaluate the bundled sample municipality Exempelstad and render its reports.",
        footer = {"", "Example:", "  ./spegel demo --out out/demo"})
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo", description = "output folder (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples/exempelstad",
            description = "sample data folder (default: ${DEFAULT-VALUE})")
    Path examples;

    @Option(names = "--lang", paramLabel = "sv|en", description = "report language (default from conf: sv)")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(examples)) {
            throw InputException.ofFile(examples, "sample data folder not found; run from the repository root or give --examples");
        }
        long start = System.nanoTime();
        SpegelConfig config = SpegelConfig.defaults();
        EvaluationInputs inputs = exempelstad(examples);
        System.out.println("Spegel demo: Exempelstad");
        try (SparkSession spark = SparkSessions.create(config, null)) {
            new EvaluateJob(config, System.out).evaluate(spark, inputs, out);
        }
        List<Path> reports = ReportCommand.render(config, out.resolve("metrics"), out.resolve("reports"), lang);
        System.out.printf("Done in %.1f s. Reports:%n", (System.nanoTime() - start) / 1e9);
        reports.forEach(r -> System.out.println("  " + r.toAbsolutePath()));
        return 0;
    }

    static EvaluationInputs exempelstad(Path dir) {
        return new EvaluationInputs(dir.resolve("processes.csv"), dir.resolve("participants.csv"),
                List.of(dir.resolve("population_age_gender.csv"), dir.resolve("population_education.csv"),
                        dir.resolve("population_origin.csv")),
                Optional.of(dir.resolve("areas.csv")));
    }
}
