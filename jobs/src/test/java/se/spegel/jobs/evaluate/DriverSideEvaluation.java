package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import se.spegel.jobs.metrics.DimensionMetrics;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.jobs.output.MetricOutputWriter;
import se.spegel.schema.config.SpegelConfig;

/**
 * The evaluation of {@link EvaluateJob} without Spark, for tests that evaluate many small
 * generated processes: the same reading, plan, categoriser, cumulative stages, assembly and
 * metric files, with the participants counted on the driver.
 */
public final class DriverSideEvaluation {
    /** The metric tables as published, and the true (unperturbed) cells they were made from. */
    public record Result(MetricTablesResult tables, List<Marginal> trueCells) {}

    private DriverSideEvaluation() {}

    public static Result evaluate(SpegelConfig config, EvaluationInputs inputs, Path out) throws IOException {
        LoadedInputs loaded = new EvaluateJob(config, new PrintStream(OutputStream.nullOutputStream())).prepare(inputs);
        ComparisonPlan plan = new ComparisonPlan(
                config,
                loaded.population(),
                loaded.participantDimensions(),
                !loaded.areas().isEmpty());
        ParticipantCategoriser categoriser =
                new ParticipantCategoriser(loaded.processes(), plan.dimensions(), loaded.areas());
        MarginalCounts counts = categoriser.newCounts();
        loaded.participants().forEach(p -> categoriser.count(p, counts, 1));
        List<Marginal> cells = CumulativeStages.of(counts);
        MetricAssembler assembler = new MetricAssembler(
                new DimensionMetrics(config.ciLevel(), EvaluateJob.chanceSettings(config)),
                new DisclosureControl(config.disclosureMinCount(), config.disclosureKeySalt()),
                new PopulationAggregator(config, loaded.areas()),
                loaded.areas(),
                MetricAssembler.FunnelSettings.of(config));
        MetricTablesResult tables = assembler.assemble(loaded.processes(), plan.dimensions(), cells);
        new MetricOutputWriter().write(tables, out.resolve("metrics"));
        return new Result(tables, cells);
    }
}
