package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedPabulib;

/** `spegel budget`: the counterfactual outcome on a tiny budget by hand, and on Bemowo's real one. */
class BudgetCommandTest {
    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    /**
     * Residents are half 16–29, half 30+; one voter of four is young. Raked by age, the young
     * voter weighs 0.5 / 0.25 = 2 and each older voter 0.5 / 0.75 = 2/3. Unweighted, B has 3
     * votes and A 2: B is funded and A no longer fits the budget of 100. Weighted, A has
     * 2 + 2/3 = 2.667 and B 3 · 2/3 = 2: A gains, B loses.
     */
    @Test
    void weightingTheVotersToMirrorTheResidentsChangesWhichProjectIsFunded() throws IOException {
        String pb = write(
                "tiny.pb",
                "META\nkey;value\nbudget;100\nvote_type;approval\nrule;greedy\ncurrency;SEK\n"
                        + "PROJECTS\nproject_id;cost;votes;name;selected\nA;60;2;Skatepark;0\nB;60;3;=Bänkar;1\n"
                        + "VOTES\nvoter_id;vote;age;sex\nv1;A;20;F\nv2;A,B;40;M\nv3;B;50;F\nv4;B;60;M\n");
        CliRun run = CliRun.of(
                "budget",
                "--processes",
                write(
                        "processes.csv",
                        "process_id,name,method,area_code,period\ntiny,Tiny budget,participatory_budget,K,2020\n"),
                "--participants",
                pb,
                "--population",
                write("population.csv", "period,area_code,age_band,count\n2020,K,16-29,50\n2020,K,30+,50\n"),
                "--dimensions",
                "age",
                "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();

        List<String> rows = Files.readAllLines(dir.resolve("out/budget/project_outcomes.csv"));
        assertThat(rows.get(0))
                .isEqualTo("process_id,project_id,name,cost,votes,weighted_votes,selected_official,"
                        + "selected_unweighted,selected_weighted,change");
        // by unweighted votes; a name that starts like a formula is neutralised
        assertThat(rows.get(1)).startsWith("tiny,B,'=Bänkar,60,3,").endsWith(",true,true,false,loses");
        assertThat(rows.get(2)).startsWith("tiny,A,Skatepark,60,2,").endsWith(",false,false,true,gains");
        assertThat(Double.parseDouble(rows.get(1).split(",")[5])).isCloseTo(2, within(1e-6));
        assertThat(Double.parseDouble(rows.get(2).split(",")[5])).isCloseTo(8.0 / 3, within(1e-6));
        assertThat(run.out())
                .contains("tiny: rule greedy, budget 100 SEK, 2 projects, 4 voters")
                .contains("the same as the official outcome")
                .contains("1 gain and 1 lose funding");
        assertThat(dir.resolve("out/budget/raking_diagnostics.csv")).exists();
    }

    /**
     * Bemowo 2017: the weighted votes of `spegel budget` are the sums, over each project's
     * approvals in the .pb file, of the weights `spegel weights` writes for the same raking.
     */
    @Test
    void bemowoWeightedVotesAreTheVotersWeightsSummedOverTheirApprovals() throws IOException {
        Path pb = SharedPabulib.file("Poland_Warszawa_2017_Bemowo.pb");
        String[] inputs = {
            "--processes",
            "../examples/warszawa/processes.csv",
            "--participants",
            pb.toString(),
            "--population",
            "../examples/warszawa/population_age.csv",
            "--areas",
            "../examples/warszawa/areas.csv",
            "--dimensions",
            "age",
            "--out",
            dir.toString()
        };
        CliRun budget = CliRun.of(concat("budget", inputs));
        assertThat(budget.exitCode()).as(budget.err()).isZero();
        assertThat(budget.out()).contains("the same as the official outcome");
        CliRun weights = CliRun.of(concat("weights", inputs));
        assertThat(weights.exitCode()).as(weights.err()).isZero();

        Map<String, Double> weightOf = new HashMap<>();
        Files.readAllLines(dir.resolve("weights/participant_weights.csv")).stream()
                .skip(1)
                .map(l -> l.split(","))
                .forEach(c -> weightOf.put(c[1], Double.parseDouble(c[2])));
        Map<String, Double> expected = new HashMap<>();
        List<String> lines = Files.readAllLines(pb);
        List<String> header = List.of(lines.get(lines.indexOf("VOTES") + 1).split(";"));
        for (String line : lines.subList(lines.indexOf("VOTES") + 2, lines.size())) {
            String[] cells = line.split(";");
            for (String project : cells[header.indexOf("vote")].split(",")) {
                expected.merge(project, weightOf.get(cells[header.indexOf("voter_id")]), Double::sum);
            }
        }
        List<String> outcomes = Files.readAllLines(dir.resolve("budget/project_outcomes.csv"));
        assertThat(outcomes).hasSize(34);
        for (String row : outcomes.subList(1, outcomes.size())) {
            String[] cells = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(Double.parseDouble(cells[5]))
                    .as(cells[1])
                    .isCloseTo(expected.getOrDefault(cells[1], 0.0), within(1e-6));
            assertThat(cells[6]).as("official = unweighted for " + cells[1]).isEqualTo(cells[7]);
        }
    }

    @Test
    void helpShowsAWorkedExample() {
        assertThat(CliRun.help("budget"))
                .contains("Poland_Warszawa_2026.pb")
                .contains("--dimensions age,district")
                .contains("project_outcomes.csv");
    }

    private static String[] concat(String command, String[] args) {
        String[] all = new String[args.length + 1];
        all[0] = command;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }
}
