package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.assembly.AssemblyFiles;
import se.spegel.jobs.assembly.AssemblyTables;
import se.spegel.jobs.assembly.QuotaPlan;
import se.spegel.jobs.compare.EvaluateMethodComparison;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.jobs.metrics.ChanceSettings;
import se.spegel.jobs.metrics.DimensionMetrics;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.jobs.metrics.Verdict;
import se.spegel.jobs.output.MetricOutputWriter;
import se.spegel.jobs.output.RejectsWriter;
import se.spegel.jobs.output.RunManifest;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.quota.Quota;
import se.spegel.schema.input.quota.QuotaReader;
import se.spegel.schema.input.survey.SurveyBenchmark;
import se.spegel.schema.input.survey.SurveyBenchmarkReader;

/** `spegel evaluate`: inputs in, metric tables, rejects and run.json out. */
public final class EvaluateJob {
    public static final List<String> OUTPUT_ENTRIES = List.of("metrics", "rejects", "run.json");

    private final SpegelConfig config;
    private final PrintStream progress;
    /** The assemblies' own files read with the inputs last validated or prepared (none for most runs). */
    private AssemblyFiles assembly = AssemblyFiles.NONE;
    /** The survey-based dimensions of the inputs last validated or prepared (none for most runs). */
    private SurveyPlan surveys = SurveyPlan.NONE;
    /** The settings participants were read with: conf plus the columns only quotas or surveys name. */
    private SpegelConfig readWith;

    public EvaluateJob(SpegelConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Reads and validates every input; throws InputException on a user mistake. */
    public LoadedInputs validate(EvaluationInputs inputs) {
        return read(inputs, LoadedInputs.ParticipantReading.DRIVER);
    }

    /**
     * Reads and validates every input as {@link #validate} does, except participants in
     * Parquet: Spark reads those during {@link #evaluate}, where the data may be far larger
     * than the driver.
     */
    public LoadedInputs prepare(EvaluationInputs inputs) {
        return read(inputs, LoadedInputs.ParticipantReading.SPARK_FOR_PARQUET);
    }

    private LoadedInputs read(EvaluationInputs inputs, LoadedInputs.ParticipantReading reading) {
        long start = System.nanoTime();
        List<Quota> quotas = QuotaReader.read(inputs.quotas(), config);
        List<SurveyBenchmark> benchmarks =
                SurveyBenchmarkReader.read(inputs.surveyBenchmarks(), config, LoadedInputs::open);
        // a survey's column that conf does not declare is read like a declared one (its categories the benchmark's)
        SpegelConfig withSurveys =
                config.withSurveyColumns(SurveyBenchmarkReader.undeclaredColumns(benchmarks, config));
        // columns only quotas name (occupation) are read and counted like a dimension's
        SpegelConfig withQuotas = withSurveys.withQuotaColumns(QuotaPlan.quotaColumns(quotas, withSurveys));
        readWith = withQuotas;
        LoadedInputs loaded = LoadedInputs.read(inputs, withQuotas, reading);
        loaded.ledgers().forEach(this::printLedger);
        // quotas and surveys are matched to the participants' columns: a catalog table's or another data
        // source's columns are known only once Spark has resolved it (evaluate does that first)
        pendingAssembly = new PendingAssembly(inputs, quotas, benchmarks, withQuotas);
        if (loaded.onSpark().stream().allMatch(SparkParticipants::isResolved)) {
            planAssembly(loaded);
        }
        loaded.onSpark()
                .forEach(p -> progress.printf(
                        "  participants %s: %s, read by Spark%n",
                        p.file().getFileName(),
                        p.isParquet()
                                ? p.parts().size() + " part(s)"
                                : p.source().format()));
        progress.printf("  inputs validated in %.1f s%n", seconds(start));
        return loaded;
    }

    /** What the quota and survey plans are made from, until the participants' columns are known. */
    private record PendingAssembly(
            EvaluationInputs inputs, List<Quota> quotas, List<SurveyBenchmark> benchmarks, SpegelConfig readWith) {}

    private PendingAssembly pendingAssembly;

    private void planAssembly(LoadedInputs loaded) {
        PendingAssembly pending = pendingAssembly;
        pendingAssembly = null;
        surveys = SurveyPlan.of(pending.benchmarks(), config, loaded);
        assembly = AssemblyFiles.read(
                pending.inputs(),
                pending.quotas(),
                pending.readWith(),
                loaded,
                new ComparisonPlan(
                        config,
                        loaded.population(),
                        loaded.participantDimensions(),
                        !loaded.areas().isEmpty(),
                        surveys));
        surveys.describe().forEach(line -> progress.println("  " + line));
        assembly.describe().forEach(line -> progress.println("  " + line));
    }

    private void printLedger(InputLedger ledger) {
        progress.printf(
                "  read %-12s %s: %d rows, %d accepted, %d rejected%s%n",
                ledger.role(),
                ledger.file().getFileName(),
                ledger.rowsRead(),
                ledger.rowsAccepted(),
                ledger.rowsRejected(),
                ledger.readAs().isEmpty() ? "" : " (" + ledger.readAs() + ")");
        ledger.warnings()
                .forEach(w -> progress.println("  warning: " + ledger.file().getFileName() + ": " + w));
    }

    public MetricTablesResult evaluate(SparkSession spark, EvaluationInputs inputs, Path outDir) throws IOException {
        long start = System.nanoTime();
        LoadedInputs loaded = prepare(inputs);
        return evaluate(spark, loaded, outDir, millis(start));
    }

    /** Evaluates inputs already read and validated (so that a caller that validated first reads them once). */
    public MetricTablesResult evaluate(SparkSession spark, LoadedInputs prepared, Path outDir, long readMillis)
            throws IOException {
        LoadedInputs loaded = prepared.resolvedOn(spark, readWith == null ? config : readWith);
        if (pendingAssembly != null) {
            planAssembly(loaded);
        }
        RunManifest manifest = new RunManifest("evaluate");
        long start = System.nanoTime() - readMillis * 1_000_000;
        manifest.timing("read_inputs", readMillis);

        ComparisonPlan plan = new ComparisonPlan(
                config,
                loaded.population(),
                loaded.participantDimensions(),
                !loaded.areas().isEmpty(),
                surveys);
        List<String> notes = new ArrayList<>(plan.notes());
        notes.addAll(universeNotes(plan, loaded));
        notes.forEach(n -> progress.println("  note: " + n));

        long aggregateStart = System.nanoTime();
        List<ComparedDimension> counted = new ArrayList<>(plan.dimensions());
        counted.addAll(assembly.quotas().countedDimensions());
        ParticipantMarginals.Result aggregated =
                new ParticipantMarginals(spark).compute(loaded, counted, config.disclosureKeySalt());
        List<Marginal> marginals = aggregated.marginals();
        List<InputLedger> ledgers = new ArrayList<>(loaded.ledgers());
        aggregated.sparkLedgers().forEach(ledger -> {
            ledgers.add(ledger);
            printLedger(ledger);
        });
        manifest.timing("aggregate_participants", millis(aggregateStart));
        progress.printf(
                "  aggregated %d participants into %d marginal cells in %.1f s%n",
                aggregated.participants(), marginals.size(), seconds(aggregateStart));

        long metricsStart = System.nanoTime();
        DisclosureControl disclosure = new DisclosureControl(config.disclosureMinCount(), config.disclosureKeySalt());
        PopulationAggregator population = new PopulationAggregator(config, loaded.areas());
        MetricAssembler assembler = new MetricAssembler(
                new DimensionMetrics(config.ciLevel(), chanceSettings(config), new CellPublication(disclosure.table())),
                disclosure,
                population,
                loaded.areas(),
                MetricAssembler.FunnelSettings.of(config));
        Map<String, ProcessRow> evaluated = withParticipants(loaded.processes(), marginals);
        loaded.processes().keySet().stream()
                .filter(id -> !evaluated.containsKey(id))
                .forEach(id -> {
                    String warning =
                            "process '" + id + "' has no participants in this run: left out of the metric tables";
                    progress.println("  warning: " + warning);
                    notes.add(warning);
                });
        MetricTablesResult result = assembler.assemble(evaluated, plan.dimensions(), marginals);
        // the quota tables too are counted from the perturbed (published) cells
        List<ParticipantRow> poolRows =
                PoolMembers.of(spark, loaded, assembly.probabilities().keySet(), readWith == null ? config : readWith);
        AssemblyTables assemblyTables = AssemblyTables.of(
                assembly,
                loaded,
                poolRows,
                plan.dimensions(),
                PerturbedMarginals.of(marginals, disclosure.table()),
                disclosure,
                population);
        assembler.notes().forEach(n -> progress.println("  note: " + n));
        notes.addAll(assembler.notes());
        manifest.timing("compute_metrics", millis(metricsStart));

        long writeStart = System.nanoTime();
        try (StagedOutput output = new StagedOutput(outDir)) {
            new MetricOutputWriter().write(result, output.staging().resolve("metrics"));
            assemblyTables.write(output.staging().resolve("metrics"));
            Map<String, Integer> compared = EvaluateMethodComparison.writeIfSeveralProcesses(
                    result, output.staging().resolve("metrics"), config);
            RejectsWriter.write(ledgers, output.staging().resolve("rejects"));
            manifest.inputs(ledgers);
            manifest.notes(notes);
            manifest.config(config.renderJson());
            Map<String, Integer> counts = rowCounts(result, compared);
            counts.putAll(assemblyTables.rowCounts());
            manifest.outputs(counts);
            manifest.timing("write_outputs", millis(writeStart));
            manifest.timing("total", millis(start));
            manifest.write(output.staging().resolve("run.json"));
            output.commit(OUTPUT_ENTRIES);
        }
        progress.printf(
                "  wrote %d category rows, %d dimension rows to %s in %.1f s%n",
                result.categoryGaps().size(),
                result.dimensionSummaries().size(),
                outDir.resolve("metrics"),
                seconds(writeStart));
        return result;
    }

    /**
     * The processes that have participants in this run (accepted rows, in scope or not), in the
     * processes file's order: a process without any is left out rather than written as rows of
     * zeros, so that runs over different participant files (one district's budget each) can be
     * compared with each other.
     */
    static Map<String, ProcessRow> withParticipants(Map<String, ProcessRow> processes, List<Marginal> marginals) {
        java.util.Set<String> counted = new java.util.HashSet<>();
        marginals.stream().filter(m -> m.heads() > 0).forEach(m -> counted.add(m.processId()));
        Map<String, ProcessRow> kept = new LinkedHashMap<>();
        processes.forEach((id, process) -> {
            if (counted.contains(id)) {
                kept.put(id, process);
            }
        });
        return kept;
    }

    /** conf's {@code spegel.verdict}; the bootstrap interval's level is the Wilson intervals' one. */
    static ChanceSettings chanceSettings(SpegelConfig config) {
        return new ChanceSettings(
                config.verdictReplicates(),
                config.verdictBootstrapSamples(),
                config.ciLevel(),
                new Verdict.Rule(
                        config.verdictMinN(),
                        config.verdictAlpha(),
                        config.verdictAlphaBetter(),
                        config.verdictModerateExcess(),
                        config.verdictLargeExcess()));
    }

    /** Says which comparisons could not be restricted to a process's eligible ages. */
    private static List<String> universeNotes(ComparisonPlan plan, LoadedInputs loaded) {
        List<String> notes = new ArrayList<>();
        boolean restrictedProcess =
                loaded.processes().values().stream().anyMatch(p -> p.minAge() != null || p.maxAge() != null);
        for (ComparedDimension dimension : plan.dimensions()) {
            PopulationTable table = dimension.table();
            // a survey's respondents are its own universe: the eligible participants are compared with them
            if (!table.hasAge() && restrictedProcess && !dimension.isSurveyBased()) {
                notes.add(dimension.key() + " is compared with " + table.name()
                        + ", which has no age column: its shares cover all ages, not only the eligible ones");
            }
        }
        return notes;
    }

    private static Map<String, Integer> rowCounts(MetricTablesResult result, Map<String, Integer> compared) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("category_gaps", result.categoryGaps().size());
        counts.put("dimension_summary", result.dimensionSummaries().size());
        counts.put("process_summary", result.processSummaries().size());
        counts.put("stage_changes", result.stageChanges().size());
        counts.put("response_indicators", result.responseIndicators().size());
        counts.putAll(compared);
        return counts;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
