package se.spegel.jobs.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputLedger;

/**
 * The evaluation of input files, as {@code spegel evaluate} and {@code spegel run} do it (the CLI is
 * a shell over this class): {@link #validate} reads and checks every file before Spark is needed,
 * so that a mistake costs no Spark start-up, and {@link #run} evaluates what was read, each file
 * read once. A mistake throws {@link se.spegel.schema.input.InputException} naming file, line and
 * column.
 *
 * <pre>{@code
 * FileEvaluation evaluation = Spegel.files(config, inputs).progress(System.out).validate();
 * SpegelResult result = evaluation.run(spark, Path.of("out"));
 * }</pre>
 */
public final class FileEvaluation {
    private final SpegelConfig config;
    private final EvaluationInputs inputs;
    private PrintStream progress = new PrintStream(OutputStream.nullOutputStream());
    private EvaluateJob job;
    private LoadedInputs loaded;
    private long readMillis;

    FileEvaluation(SpegelConfig config, EvaluationInputs inputs) {
        this.config = config;
        this.inputs = inputs;
    }

    /** Where the progress lines go (default: nowhere). */
    public FileEvaluation progress(PrintStream stream) {
        this.progress = stream;
        return this;
    }

    /** Reads and checks every input (no Spark yet); {@link #run} then evaluates what was read. */
    public FileEvaluation validate() {
        long start = System.nanoTime();
        job = new EvaluateJob(config, progress);
        loaded = job.prepare(inputs);
        readMillis = (System.nanoTime() - start) / 1_000_000;
        return this;
    }

    /** Checks the inputs only, as {@code spegel validate} does: nothing is prepared for Spark. */
    public void validateOnly() {
        new EvaluateJob(config, progress).validate(inputs);
    }

    /**
     * Evaluates on {@code spark}, writing {@code metrics/}, {@code rejects/} and {@code run.json} into
     * {@code out} (a local folder; {@link SpegelResult#writeTo} copies them to a Hadoop URI).
     */
    public SpegelResult run(SparkSession spark, Path out) throws IOException {
        if (loaded == null) {
            validate();
        }
        MetricTablesResult tables = job.evaluate(spark, loaded, out, readMillis);
        long rejected =
                loaded.ledgers().stream().mapToLong(InputLedger::rowsRejected).sum();
        return new SpegelResult(spark, tables, out, rejected);
    }
}
