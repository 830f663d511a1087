package se.spegel.jobs.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.api.FileEvaluation;
import se.spegel.jobs.api.Spegel;
import se.spegel.jobs.api.SpegelResult;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.jobs.evaluate.SparkSessions;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.reports.DistrictBoundaries;
import se.spegel.schema.config.SpegelConfig;

/** The steps that evaluate, run and demo share: check the inputs, evaluate in Spark, render the reports. */
final class Pipeline {
    /** What {@code spegel run} writes into its output folder (replaced as a whole by a later run). */
    static final List<String> RUN_ENTRIES = List.of("metrics", "rejects", "run.json", "reports");

    private Pipeline() {}

    /**
     * Reads and validates the inputs before Spark starts (a mistake costs no Spark start-up),
     * then evaluates what was read: each input is read once. Output of an earlier run in
     * {@code out} is replaced only when {@code overwrite} says so.
     */
    static String evaluate(
            SpegelConfig config,
            EvaluationInputs inputs,
            Path out,
            String master,
            boolean overwrite,
            PrintStream progress)
            throws IOException {
        StagedOutput.requireOverwrite(out, EvaluateJob.OUTPUT_ENTRIES, overwrite);
        return evaluateInto(config, inputs, out, master, progress).describe(out);
    }

    private static Evaluated evaluateInto(
            SpegelConfig config, EvaluationInputs inputs, Path out, String master, PrintStream progress)
            throws IOException {
        // the library's file evaluation: inputs checked before Spark starts, each read once
        FileEvaluation evaluation =
                Spegel.files(config, inputs).progress(progress).validate();
        // a session that was running before (tests, a notebook) belongs to its owner: only stop our own
        boolean ownSession = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = SparkSessions.create(config, master);
        try {
            SpegelResult result = evaluation.run(spark, out);
            return new Evaluated(result.tables(), result.rejectedRows());
        } finally {
            if (ownSession) {
                spark.stop();
            }
        }
    }

    /** What evaluate wrote: its metric tables and how many input rows it rejected. */
    private record Evaluated(MetricTablesResult result, long rejected) {
        /** "metrics (120 category rows, …) in out/metrics, 3 rejected rows in out/rejects, out/run.json". */
        String describe(Path out) {
            return String.format(
                    Locale.ROOT,
                    "metrics (%d category rows, %d dimension rows, %d process rows) in %s,"
                            + " %d rejected input row%s in %s, %s",
                    result.categoryGaps().size(),
                    result.dimensionSummaries().size(),
                    result.processSummaries().size(),
                    out.resolve("metrics"),
                    rejected,
                    rejected == 1 ? "" : "s",
                    out.resolve("rejects"),
                    out.resolve("run.json"));
        }
    }

    /**
     * Everything a job file asks for: validate, evaluate into {@code job.out()}, render the reports
     * into {@code job.out()/reports} (unless {@code job.reports = false}), and print where they are.
     * Metrics and reports are staged together and moved into place only when both are complete,
     * so the folder never holds reports of other metrics than its own.
     *
     * @return the reports written, one per process (empty when reports are switched off)
     */
    static List<Path> run(JobFile job, boolean overwrite, PrintStream progress) throws Exception {
        long start = System.nanoTime();
        StagedOutput.requireOverwrite(job.out(), RUN_ENTRIES, overwrite);
        // a bad boundaries file is found before Spark starts, and nothing is written
        Optional<DistrictBoundaries> boundaries =
                job.reports() ? ReportCommand.boundaries(job.boundaries().orElse(null)) : Optional.empty();
        Evaluated evaluated;
        List<Path> reports;
        try (StagedOutput output = StagedOutput.beside(job.out())) {
            evaluated = evaluateInto(
                    job.config(), job.inputs(), output.staging(), job.master().orElse(null), progress);
            reports = job.reports()
                    ? ReportCommand.render(
                            job.config(),
                            output.staging().resolve("metrics"),
                            output.staging().resolve("reports"),
                            job.lang().orElse(null),
                            job.config().reportPngCharts(),
                            boundaries)
                    : List.of();
            output.commit(RUN_ENTRIES);
            reports = reports.stream()
                    .map(r -> job.out().resolve(output.staging().relativize(r)))
                    .toList();
        }
        String written = evaluated.describe(job.out());
        if (!job.reports()) {
            progress.printf(Locale.ROOT, "Done in %.1f s: %s%n", seconds(start), written);
            return List.of();
        }
        Path folder = job.out().resolve("reports");
        progress.printf(
                Locale.ROOT,
                "Done in %.1f s: %s; %d report%s (HTML + PDF) in %s:%n",
                seconds(start),
                written,
                reports.size(),
                reports.size() == 1 ? "" : "s",
                folder);
        reports.forEach(r -> ReportCommand.printReport(r, progress, "  "));
        return reports;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
