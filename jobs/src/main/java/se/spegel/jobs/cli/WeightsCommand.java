package se.spegel.jobs.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.weights.WeightsJob;
import se.spegel.schema.config.SpegelConfig;

@Command(
        name = "weights",
        mixinStandardHelpOptions = true,
        description = {
            "Rake each process's participants to the population margins of chosen dimensions (iterative"
                    + " proportional fitting) and write a weight per participant: OUT/weights/participant_weights.csv"
                    + " (process_id, person_id, weight; the only output with person_id) and raking_diagnostics.csv"
                    + " (Kish design effect, effective n, weight quartiles, D before and after, iterations).",
            "Weights average 1 over the raked participants (the mean of given weights). Participants with a missing"
                    + " answer, an answer without residents, or outside the compared area or ages get an empty weight."
        },
        footer = {
            "",
            "Example (Warsaw's 2026 participatory budget, voters raked to residents by age band and district):",
            "  ./spegel weights --processes examples/warszawa/processes.csv \\",
            "      --participants ../shared/data/pabulib/Poland_Warszawa_2026.pb \\",
            "      --population examples/warszawa/population_age.csv --areas examples/warszawa/areas.csv \\",
            "      --dimensions age,district --max-weight 5 --out out/warszawa"
        })
final class WeightsCommand extends RakingCommand {
    @Option(
            names = "--process",
            paramLabel = "ID",
            split = ",",
            description = "process(es) to rake (default: every process with participants)")
    List<String> processes = List.of();

    @Option(
            names = "--stage",
            paramLabel = "STAGE",
            description = "rake the participants who reached this funnel stage (default: each process's last stage)")
    String stage;

    @Override
    void run(SpegelConfig config, LoadedInputs loaded) throws Exception {
        new WeightsJob(config, System.out)
                .run(loaded, new WeightsJob.Request(raking.dimensions, stage, processes, raking.settings()), out);
    }
}
