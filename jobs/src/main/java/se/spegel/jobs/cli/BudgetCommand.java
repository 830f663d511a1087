package se.spegel.jobs.cli;

import picocli.CommandLine.Command;
import se.spegel.jobs.budget.BudgetJob;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.schema.config.SpegelConfig;

@Command(
        name = "budget",
        mixinStandardHelpOptions = true,
        description = {
            "Counterfactual participatory budget of a Pabulib .pb file (given as --participants): recount"
                    + " the ballots with the file's greedy rule, unweighted and with the voters raked to the residents,"
                    + " and say which projects would gain or lose funding if the voters had mirrored the residents.",
            "Writes OUT/budget/project_outcomes.csv and OUT/budget/raking_diagnostics.csv."
        },
        footer = {
            "",
            "Example (Warsaw's 2026 city-wide budget, voters raked by age band and district):",
            "  ./spegel budget --processes examples/warszawa/processes.csv \\",
            "      --participants ../shared/data/pabulib/Poland_Warszawa_2026.pb \\",
            "      --population examples/warszawa/population_age.csv --areas examples/warszawa/areas.csv \\",
            "      --dimensions age,district --out out/warszawa-2026"
        })
final class BudgetCommand extends RakingCommand {
    @Override
    void run(SpegelConfig config, LoadedInputs loaded) throws Exception {
        new BudgetJob(config, System.out)
                .run(loaded, options.participants.get(0), raking.dimensions, raking.settings(), out);
    }
}
