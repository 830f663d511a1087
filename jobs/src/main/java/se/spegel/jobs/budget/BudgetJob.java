package se.spegel.jobs.budget;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.output.ParquetRowsWriter;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.jobs.weights.ProcessRaking;
import se.spegel.jobs.weights.RakingSettings;
import se.spegel.jobs.weights.WeightsJob;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.pabulib.PabulibFile;
import se.spegel.schema.input.pabulib.PabulibParticipants;
import se.spegel.schema.input.pabulib.PabulibReader;
import se.spegel.schema.output.MetricCsvWriter;
import se.spegel.schema.output.ParticipantWeight;
import se.spegel.schema.output.ProjectOutcome;
import se.spegel.schema.output.ResearchTables;

/**
 * `spegel budget`: the counterfactual participatory budget of one Pabulib file. The voters are
 * raked to the residents (as `spegel weights` does), the ballots recounted with those weights,
 * and the file's greedy rule run on both counts. Voters who cannot be raked (no age, no district,
 * an implausible age) keep weight 1, so every ballot still counts; weights average 1 over the
 * raked voters, so weighted votes stay on the scale of votes and a minimum score applies as is.
 */
public final class BudgetJob {
    public static final String OUTPUT_ENTRY = "budget";

    private final SpegelConfig config;
    private final PrintStream progress;

    public BudgetJob(SpegelConfig config, PrintStream progress) {
        this.config = config;
        this.progress = progress;
    }

    /** What the budget run found, for the summary and tests. */
    public record Result(
            String processId, GreedyRule rule, List<ProjectOutcome> outcomes, long voters, long votersRaked) {
        public long count(String change) {
            return outcomes.stream().filter(o -> o.change().equals(change)).count();
        }

        /** Whether the unweighted recount gives exactly the file's official outcome. */
        public boolean reproducesOfficial() {
            return outcomes.stream()
                    .allMatch(o -> o.selectedOfficial() == null || o.selectedOfficial() == o.selectedUnweighted());
        }
    }

    public Result run(LoadedInputs loaded, Path pbFile, List<String> dimensionKeys, RakingSettings settings, Path out)
            throws IOException {
        if (!pbFile.getFileName().toString().endsWith(".pb")) {
            throw InputException.ofFile(pbFile, "spegel budget needs a Pabulib .pb file as --participants");
        }
        String processId = PabulibParticipants.processId(pbFile);
        ProcessRow process = loaded.processes().get(processId);
        PabulibFile pb = PabulibReader.read(pbFile);
        GreedyRule rule = GreedyRule.of(pb);
        List<ComparedDimension> dimensions = new WeightsJob(config, progress).dimensions(loaded, dimensionKeys);
        ProcessRaking.Outcome raked = new ProcessRaking(config, loaded.areas(), settings)
                .rake(process, process.lastStageIndex(), dimensions, loaded.participants());
        Map<String, Double> weightByVoter = new HashMap<>();
        for (ParticipantWeight w : raked.weights()) {
            if (w.weight() != null) {
                weightByVoter.put(w.personId(), w.weight());
            }
        }
        List<ProjectOutcome> outcomes = CounterfactualBudget.outcomes(
                processId, pb, rule, voter -> weightByVoter.getOrDefault(voter.voterId(), 1.0));
        Result result = new Result(processId, rule, outcomes, pb.voters().size(), weightByVoter.size());
        try (StagedOutput output = new StagedOutput(out)) {
            Path dir = output.staging().resolve(OUTPUT_ENTRY);
            MetricCsvWriter.write(ResearchTables.PROJECT_OUTCOMES, outcomes, dir.resolve("project_outcomes.csv"));
            MetricCsvWriter.write(
                    ResearchTables.RAKING_DIAGNOSTICS, raked.diagnostics(), dir.resolve("raking_diagnostics.csv"));
            ParquetRowsWriter.write(ResearchTables.PROJECT_OUTCOMES, outcomes, dir.resolve("project_outcomes.parquet"));
            output.commit(List.of(OUTPUT_ENTRY));
        }
        summarise(result, pb, dimensions, raked);
        progress.println("  wrote " + outcomes.size() + " projects to "
                + out.resolve(OUTPUT_ENTRY).resolve("project_outcomes.csv"));
        return result;
    }

    private void summarise(
            Result result, PabulibFile pb, List<ComparedDimension> dimensions, ProcessRaking.Outcome raked) {
        long funded = result.outcomes().stream()
                .filter(ProjectOutcome::selectedUnweighted)
                .count();
        long fundedWeighted = result.outcomes().stream()
                .filter(ProjectOutcome::selectedWeighted)
                .count();
        progress.printf(
                Locale.ROOT,
                "%s: rule %s, budget %d %s, %d projects, %d voters%n",
                result.processId(),
                result.rule().describe(),
                pb.budget(),
                pb.meta().getOrDefault("currency", ""),
                pb.projects().size(),
                result.voters());
        progress.printf(
                Locale.ROOT,
                "  unweighted recount: %d projects funded; %s%n",
                funded,
                result.reproducesOfficial()
                        ? "the same as the official outcome"
                        : "DIFFERS from the official outcome (see selected_official)");
        progress.printf(
                Locale.ROOT,
                "  weighted by %s (%d voters raked, %d kept weight 1%s): %d projects funded; %d gain"
                        + " and %d lose funding%n",
                String.join(
                        ", ", dimensions.stream().map(ComparedDimension::key).toList()),
                result.votersRaked(),
                result.voters() - result.votersRaked(),
                raked.converged() ? "" : "; raking did NOT converge",
                fundedWeighted,
                result.count(CounterfactualBudget.GAINS),
                result.count(CounterfactualBudget.LOSES));
        for (ProjectOutcome o : result.outcomes()) {
            if (!o.change().equals(CounterfactualBudget.UNCHANGED)) {
                progress.printf(
                        Locale.ROOT,
                        "    %-5s %s %s (cost %d; votes %d, weighted %.0f)%n",
                        o.change(),
                        o.projectId(),
                        o.name() == null ? "" : o.name(),
                        o.cost(),
                        o.votes(),
                        o.weightedVotes());
            }
        }
    }
}
