package se.spegel.jobs.weights;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.ComparisonPlan;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.output.ParquetRowsWriter;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.ParticipantWeight;
import se.spegel.schema.output.RakingDiagnostic;
import se.spegel.schema.output.ResearchTables;

/** `spegel weights`: raking weights per participant and their diagnostics, for every chosen process. */
public final class WeightsJob {
    public static final String OUTPUT_ENTRY = "weights";

    private final SpegelConfig config;
    private final PrintStream progress;

    public WeightsJob(SpegelConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    /** What to rake: the dimensions (as named by the user), the stage (null: each process's last) and the processes (empty: all). */
    public record Request(List<String> dimensions, String stage, List<String> processIds, RakingSettings settings) {}

    /** Rakes every chosen process and writes {@code out/weights/}; nothing is written when one fails. */
    public List<RakingDiagnostic> run(LoadedInputs loaded, Request request, Path out) throws IOException {
        List<ComparedDimension> dimensions = dimensions(loaded, request.dimensions());
        ProcessRaking raking = new ProcessRaking(config, loaded.areas(), request.settings());
        List<ParticipantWeight> weights = new ArrayList<>();
        List<RakingDiagnostic> diagnostics = new ArrayList<>();
        for (ProcessRow process : processes(loaded, request.processIds())) {
            ProcessRaking.Outcome outcome =
                    raking.rake(process, stageIndex(process, request.stage()), dimensions, loaded.participants());
            weights.addAll(outcome.weights());
            diagnostics.addAll(outcome.diagnostics());
            report(outcome);
        }
        try (StagedOutput output = new StagedOutput(out)) {
            Path dir = output.staging().resolve(OUTPUT_ENTRY);
            MetricCsvWriter.write(ResearchTables.PARTICIPANT_WEIGHTS, weights, dir.resolve("participant_weights.csv"));
            MetricCsvWriter.write(
                    ResearchTables.RAKING_DIAGNOSTICS, diagnostics, dir.resolve("raking_diagnostics.csv"));
            ParquetRowsWriter.write(
                    ResearchTables.PARTICIPANT_WEIGHTS, weights, dir.resolve("participant_weights.parquet"));
            ParquetRowsWriter.write(
                    ResearchTables.RAKING_DIAGNOSTICS, diagnostics, dir.resolve("raking_diagnostics.parquet"));
            output.commit(List.of(OUTPUT_ENTRY));
        }
        progress.println("  wrote " + weights.size() + " participant weights to " + out.resolve(OUTPUT_ENTRY));
        return diagnostics;
    }

    /** The named dimensions with their population tables, as evaluate would compare them. */
    public List<ComparedDimension> dimensions(LoadedInputs loaded, List<String> keys) {
        ComparisonPlan plan = new ComparisonPlan(
                config,
                loaded.population(),
                loaded.participantDimensions(),
                !loaded.areas().isEmpty());
        return RakedDimensions.resolve(plan, keys);
    }

    private static List<ProcessRow> processes(LoadedInputs loaded, List<String> wanted) {
        if (wanted.isEmpty()) {
            List<String> withParticipants = loaded.participants().stream()
                    .map(p -> p.processId())
                    .distinct()
                    .toList();
            return loaded.processes().values().stream()
                    .filter(p -> withParticipants.contains(p.processId()))
                    .toList();
        }
        List<ProcessRow> chosen = new ArrayList<>();
        for (String id : wanted) {
            ProcessRow process = loaded.processes().get(id);
            if (process == null) {
                throw new IllegalArgumentException("--process " + id + " is not in processes");
            }
            chosen.add(process);
        }
        return chosen;
    }

    private static int stageIndex(ProcessRow process, String stage) {
        if (stage == null) {
            return process.lastStageIndex();
        }
        int index = process.stages().indexOf(stage);
        if (index < 0) {
            throw new IllegalArgumentException("--stage " + stage + " is not a stage of process " + process.processId()
                    + " (" + String.join(">", process.stages()) + ")");
        }
        return index;
    }

    private void report(ProcessRaking.Outcome outcome) {
        RakingDiagnostic first = outcome.diagnostics().get(0);
        StringBuilder line = new StringBuilder(String.format(
                java.util.Locale.ROOT,
                "  %s (%s): raked %d participants (%d missing an answer, %d without residents, %d out of scope) in %d"
                        + " iterations; deff %.3f, effective n %.1f",
                first.processId(),
                first.stage(),
                first.nRaked(),
                first.nMissing(),
                first.nNoCounterpart(),
                first.nOutOfScope(),
                first.iterations(),
                first.designEffect(),
                first.effectiveN()));
        outcome.diagnostics()
                .forEach(d -> line.append(String.format(
                        java.util.Locale.ROOT,
                        "; D %s %.4f -> %.4f",
                        d.dimension(),
                        d.dissimilarityBefore(),
                        d.dissimilarityAfter())));
        progress.println(line);
        if (!outcome.converged()) {
            progress.printf(
                    java.util.Locale.ROOT,
                    "  warning: %s: raking did not converge in %d iterations (largest"
                            + " margin error %.6f); its weights are written with converged=false%n",
                    first.processId(),
                    outcome.iterations(),
                    outcome.maxMarginError());
        }
    }
}
