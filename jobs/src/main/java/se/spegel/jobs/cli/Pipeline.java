package se.spegel.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.evaluate.SparkSessions;
import se.spegel.schema.config.SpegelConfig;

/** The steps that evaluate, run and demo share: check the inputs, evaluate in Spark, render the reports. */
final class Pipeline {
    private Pipeline() {}

    /**
     * Reads and validates the inputs before Spark starts (a mistake costs no Spark start-up),
     * then evaluates what was read: each input is read once.
     */
    static void evaluate(SpegelConfig config, EvaluationInputs inputs, Path out, String master, PrintStream progress)
            throws IOException {
        EvaluateJob job = new EvaluateJob(config, progress);
        long start = System.nanoTime();
        LoadedInputs loaded = job.validate(inputs);
        long readMillis = (System.nanoTime() - start) / 1_000_000;
        // a session that was running before (tests, a notebook) belongs to its owner: only stop our own
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(config, master);
        try {
            job.evaluate(spark, loaded, out, readMillis);
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /**
     * Everything a job file asks for: validate, evaluate into {@code job.out()}, render the reports
     * into {@code job.out()/reports} (unless {@code job.reports = false}), and print where they are.
     *
     * @return the reports written, one per process (empty when reports are switched off)
     */
    static List<Path> run(JobFile job, PrintStream progress) throws Exception {
        long start = System.nanoTime();
        evaluate(job.config(), job.inputs(), job.out(), job.master().orElse(null), progress);
        Path metrics = job.out().resolve("metrics");
        if (!job.reports()) {
            progress.printf("Done in %.1f s: %s%n", seconds(start), metrics.toAbsolutePath());
            return List.of();
        }
        List<Path> reports = ReportCommand.render(job.config(), metrics, job.out().resolve("reports"),
                job.lang().orElse(null));
        progress.printf("Done in %.1f s. Reports:%n", seconds(start));
        reports.forEach(r -> ReportCommand.printReport(r, progress, "  "));
        return reports;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
