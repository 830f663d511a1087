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

/** `spegel weights` on small hand-made files: weighted margins, excluded participants, clear errors. */
class WeightsCommandTest {
    private static final String PROCESSES =
            "process_id,name,method,area_code,period\n" + "p,Budget,participatory_budget,K,2020\n";
    /** Residents: age 200/400/200 (shares .25/.5/.25), gender kvinna 420, man 380 (.525/.475). */
    private static final String POPULATION = "period,area_code,age_band,gender,count\n"
            + "2020,K,16-29,kvinna,100\n2020,K,16-29,man,100\n2020,K,30-64,kvinna,200\n2020,K,30-64,man,200\n"
            + "2020,K,65+,kvinna,120\n2020,K,65+,man,80\n";

    private static final String PARTICIPANTS = "process_id,person_id,age,gender\n"
            + "p,P-a,20,kvinna\np,P-b,25,man\n"
            + "p,P-c,35,kvinna\np,P-d,40,kvinna\np,P-e,50,kvinna\np,P-f,60,man\n"
            + "p,P-g,70,kvinna\np,P-h,80,kvinna\n"
            + "p,P-i,45,icke-binär\n" // an answer without residents: not raked
            + "p,P-j,33,\n"; // no answer: not raked

    @TempDir
    Path dir;

    private CliRun weights(String participants, String... extra) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(
                "weights",
                "--processes",
                write("processes.csv", PROCESSES),
                "--participants",
                write("participants.csv", participants),
                "--population",
                write("population.csv", POPULATION),
                "--out",
                dir.resolve("out").toString()));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private Map<String, String> weightsByPerson() throws IOException {
        Map<String, String> weights = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("out/weights/participant_weights.csv"))
                .subList(1, 11)) {
            String[] cells = line.split(",", -1);
            weights.put(cells[1], cells[2]);
        }
        return weights;
    }

    @Test
    void weightedParticipantsMirrorThePopulationMargins() throws IOException {
        CliRun run = weights(PARTICIPANTS, "--dimensions", "age,gender");
        assertThat(run.exitCode()).as(run.err()).isZero();

        Map<String, String> w = weightsByPerson();
        assertThat(w.get("P-i")).isEmpty();
        assertThat(w.get("P-j")).isEmpty();
        double a = d(w, "P-a"),
                b = d(w, "P-b"),
                c = d(w, "P-c"),
                dd = d(w, "P-d"),
                e = d(w, "P-e"),
                f = d(w, "P-f"),
                g = d(w, "P-g"),
                h = d(w, "P-h");
        double total = a + b + c + dd + e + f + g + h;
        assertThat(total).as("weights average 1 over the 8 raked participants").isCloseTo(8, within(1e-9));
        assertThat((a + b) / total).isCloseTo(0.25, within(1e-6));
        assertThat((c + dd + e + f) / total).isCloseTo(0.5, within(1e-6));
        assertThat((g + h) / total).isCloseTo(0.25, within(1e-6));
        assertThat((a + c + dd + e + g + h) / total).isCloseTo(0.525, within(1e-6));
        // the three women of 30-64 share one cell, so one weight
        assertThat(c).isEqualTo(dd).isEqualTo(e);

        List<String> diagnostics = Files.readAllLines(dir.resolve("out/weights/raking_diagnostics.csv"));
        assertThat(diagnostics).hasSize(3);
        // before: age shares 2/8, 4/8, 2/8 = the population's, so D_age = 0; gender 6/8 women against .525: D = .225
        assertThat(diagnostics.get(1)).startsWith("p,voted,age,population.csv,8,1,1,0,0,");
        assertThat(diagnostics.get(2)).startsWith("p,voted,gender,population.csv,8,1,1,0,");
        assertThat(Double.parseDouble(diagnostics.get(2).split(",")[8])).isCloseTo(0.225, within(1e-12));
        assertThat(Double.parseDouble(diagnostics.get(2).split(",")[9])).isLessThan(1e-6);
        assertThat(String.join("\n", diagnostics) + run.out() + run.err()).doesNotContain("P-");
    }

    @Test
    void aCategoryWithResidentsButNoParticipantsStopsWithAClearError() throws IOException {
        String nobodyOld = PARTICIPANTS.replace("p,P-g,70,kvinna\np,P-h,80,kvinna\n", "");
        CliRun run = weights(nobodyOld, "--dimensions", "age,gender");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip())
                .startsWith("spegel: error: ")
                .endsWith("population.csv: process 'p' cannot be"
                        + " raked: age category '65+' has 200 residents but no participant; merge it with a neighbouring"
                        + " category or leave age out of the raking");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(dir.resolve("out/weights")).doesNotExist();
    }

    @Test
    void aDimensionWithoutPopulationIsAUsageError() throws IOException {
        CliRun run = weights(PARTICIPANTS, "--dimensions", "age,district");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("cannot rake on 'district'").contains("can rake on: age, gender, age×gender");
    }

    @Test
    void trimmingHoldsAWeightAtItsBoundAndReRakesTheOthers() throws IOException {
        // Untrimmed, the man of 30-64 weighs 2.22 (by hand: one free parameter c, the women of 30-64;
        // age 30-64 needs 3c + f = 4, women need a + 3c + 2 = 4.2). Capped at 2.1 he is held there and the
        // rest re-raked: c = (4 - 2.1) / 3, a = 4.2 - 2 - 3c = 0.3, b = 2 - a = 1.7, g = h = 1.
        CliRun run = weights(
                PARTICIPANTS,
                "--dimensions",
                "age,gender",
                "--max-weight",
                "2.1",
                "--min-weight",
                "0.2",
                "--tolerance",
                "1e-12");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, String> w = weightsByPerson();
        assertThat(d(w, "P-f")).isCloseTo(2.1, within(1e-12));
        assertThat(d(w, "P-c")).isCloseTo(1.9 / 3, within(1e-6));
        assertThat(d(w, "P-a")).isCloseTo(0.3, within(1e-6));
        assertThat(d(w, "P-b")).isCloseTo(1.7, within(1e-6));
        assertThat(d(w, "P-g")).isCloseTo(1, within(1e-6));
        for (String person : List.of("P-a", "P-b", "P-c", "P-d", "P-e", "P-f", "P-g", "P-h")) {
            assertThat(d(w, person)).as(person).isBetween(0.2, 2.1 + 1e-12);
        }
        assertThat(Files.readAllLines(dir.resolve("out/weights/raking_diagnostics.csv"))
                        .get(1))
                .contains(",true,1,"); // converged, one trimmed cell
    }

    @Test
    void helpShowsAWorkedExample() {
        assertThat(CliRun.help("weights"))
                .contains("--dimensions age,district")
                .contains("--max-weight")
                .contains("person_id");
    }

    private static double d(Map<String, String> weights, String person) {
        return Double.parseDouble(weights.get(person));
    }
}
