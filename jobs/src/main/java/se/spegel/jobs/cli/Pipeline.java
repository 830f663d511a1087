package se.spegel.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.jobs.evaluate.SparkSessions;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputLedger;

/** The steps that evaluate, run and demo share: check the inputs, evaluate in Spark, render the reports. */
final class Pipeline {
    private Pipeline() {}

    /**
     * Reads and validates the inputs before Spark starts (a mistake costs no Spark start-up),
     * then evaluates what was read: each input is read once.
     */
    static String evaluate(SpegelConfig config, EvaluationInputs inputs, Path out, String master, PrintStream progress)
            throws IOException {
        EvaluateJob job = new EvaluateJob(config, progress);
        long start = System.nanoTime();
        LoadedInputs loaded = job.prepare(inputs);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        MetricTablesResult result;
        try (SparkSession spark = SparkSessions.create(config, master)) {
            result = job.evaluate(spark, loaded, out, readMillis);
        }
        return written(result, loaded, out);
    }

    /** What evaluate wrote where: "metrics (120 category rows, …) in out/metrics, 3 rejected rows in out/rejects, out/run.json". */
    private static String written(MetricTablesResult result, LoadedInputs loaded, Path out) {
        long rejected = loaded.ledgers().stream().mapToLong(InputLedger::rowsRejected).sum();
        return String.format(Locale.ROOT, "metrics (%d category rows, %d dimension rows, %d process rows) in %s,"
                        + " %d rejected input row%s in %s, %s", result.categoryGaps().size(),
                result.dimensionSummaries().size(), result.processSummaries().size(), out.resolve("metrics"),
                rejected, rejected == 1 ? "" : "s", out.resolve("rejects"), out.resolve("run.json"));
    }

    /**
     * Everything a job file asks for: validate, evaluate into {@code job.out()}, render the reports
     * into {@code job.out()/reports} (unless {@code job.reports = false}), and print where they are.
     *
     * @return the reports written, one per process (empty when reports are switched off)
     */
    static List<Path> run(JobFile job, PrintStream progress) throws Exception {
        long start = System.nanoTime();
        String written = evaluate(job.config(), job.inputs(), job.out(), job.master().orElse(null), progress);
        Path metrics = job.out().resolve("metrics");
        if (!job.reports()) {
            progress.printf(Locale.ROOT, "Done in %.1f s: %s%n", seconds(start), written);
            return List.of();
        }
        Path folder = job.out().resolve("reports");
        List<Path> reports = ReportCommand.render(job.config(), metrics, folder, job.lang().orElse(null));
        progress.printf(Locale.ROOT, "Done in %.1f s: %s; %d report%s (HTML + PDF) in %s:%n", seconds(start), written,
                reports.size(), reports.size() == 1 ? "" : "s", folder);
        reports.forEach(r -> ReportCommand.printReport(r, progress, "  "));
        return reports;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
