package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedPabulib;
import se.spegel.jobs.SharedSpark;
import se.spegel.jobs.disclosure.PerturbationTable;

/**
 * The 18 district budgets of one city, one Pabulib file each (written here from the real
 * Aleksandrów file, each keeping another number of its votes), in one evaluate: one set of rows
 * per process, each process's n the votes its file holds (counted here line by line), a process of
 * the processes file without participants left out with a warning rather than written as zeros,
 * so that compare over this run and another works.
 */
class ManyParticipantFilesTest {
    private static final Path WARSZAWA = Path.of("../examples/warszawa");
    private static final int DISTRICTS = 18;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        SharedSpark.get();
    }

    @Test
    void eighteenPabulibFilesGiveOneRowSetPerProcessAndCompareWorks() throws IOException {
        Path votes = Files.createDirectories(dir.resolve("districts"));
        Map<String, Long> kept = writeDistricts(votes, 1, DISTRICTS);
        Path more = Files.createDirectories(dir.resolve("more"));
        Map<String, Long> keptMore = writeDistricts(more, DISTRICTS + 1, DISTRICTS + 2);
        Path processes = processes(kept, keptMore);

        CliRun run =
                evaluate(processes, dir.resolve("run"), votes.resolve("*.pb").toString());
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        assertThat(run.out())
                .contains("warning: process 'Poland_Warszawa_2017_Unused' has no participants in this run");
        Map<String, Double> lastStageN = lastStageN(dir.resolve("run/metrics/process_summary.csv"));
        assertThat(lastStageN).hasSize(DISTRICTS);
        // published counts carry the cell key noise: within its bound of the voters each file holds
        kept.forEach(
                (process, n) -> assertThat(lastStageN.get(process)).as(process).isCloseTo((double) n, within((double)
                        PerturbationTable.MAX_NOISE)));

        // the other two districts named file by file, in a second run: compare over both runs
        List<String> files = keptMore.keySet().stream()
                .sorted()
                .map(p -> more.resolve(p + ".pb").toString())
                .toList();
        CliRun other = evaluate(processes, dir.resolve("other"), files.toArray(String[]::new));
        assertThat(other.exitCode()).as(other.err() + other.out()).isZero();
        assertThat(lastStageN(dir.resolve("other/metrics/process_summary.csv"))).containsOnlyKeys(keptMore.keySet());

        CliRun compare = CliRun.of(
                "compare",
                "--metrics",
                dir.resolve("run").toString(),
                dir.resolve("other").toString(),
                "--out",
                dir.resolve("compare").toString(),
                "--bootstrap",
                "50");
        assertThat(compare.exitCode()).as(compare.err()).isZero();
        assertThat(Files.readAllLines(dir.resolve("compare/metrics/method_comparison_processes.csv")))
                .hasSize(1 + DISTRICTS + 2);
    }

    private static CliRun evaluate(Path processes, Path out, String... participants) {
        List<String> args = new ArrayList<>(List.of("evaluate", "--processes", processes.toString(), "--participants"));
        args.addAll(List.of(participants));
        args.addAll(List.of(
                "--population",
                WARSZAWA.resolve("population_age.csv").toString(),
                "--areas",
                WARSZAWA.resolve("areas.csv").toString(),
                "--out",
                out.toString()));
        return CliRun.of(args);
    }

    /** District k keeps the first 40 + 15 k votes of Aleksandrów's file; returns votes kept per process id. */
    private static Map<String, Long> writeDistricts(Path folder, int from, int to) throws IOException {
        List<String> lines =
                Files.readAllLines(SharedPabulib.file("Poland_Warszawa_2017_Aleksandrow.pb"), StandardCharsets.UTF_8);
        int header = lines.indexOf("VOTES") + 1;
        Map<String, Long> kept = new HashMap<>();
        for (int k = from; k <= to; k++) {
            String process = String.format("Poland_Warszawa_2017_District%02d", k);
            List<String> file = new ArrayList<>(lines.subList(0, header + 1));
            List<String> voters = lines.subList(header + 1, lines.size()).stream()
                    .filter(l -> !l.isBlank())
                    .limit(40 + 15L * k)
                    .toList();
            file.addAll(voters);
            Files.write(folder.resolve(process + ".pb"), file, StandardCharsets.UTF_8);
            kept.put(process, (long) voters.size());
        }
        return kept;
    }

    private static Path processes(Map<String, Long> kept, Map<String, Long> keptMore) throws IOException {
        List<String> rows = new ArrayList<>(
                List.of("process_id,name,method,area_code,period,min_age,max_age,start_date," + "end_date,stages"));
        List<String> ids = new ArrayList<>(kept.keySet());
        ids.addAll(keptMore.keySet());
        ids.add("Poland_Warszawa_2017_Unused");
        ids.stream()
                .sorted()
                .forEach(id -> rows.add(
                        id + ",Budżet " + id + ",participatory_budget,1465028,2020,,," + "2016-06-14,2016-06-24,"));
        return Files.write(dir.resolve("processes.csv"), rows, StandardCharsets.UTF_8);
    }

    /** process id → n at its last stage, from process_summary.csv. */
    private static Map<String, Double> lastStageN(Path summary) throws IOException {
        Map<String, Double> n = new HashMap<>();
        Map<String, Integer> stage = new HashMap<>();
        try (var reader = Files.newBufferedReader(summary)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().build().parse(reader)) {
                String process = row.get("process_id");
                int index = Integer.parseInt(row.get("stage_index"));
                if (index >= stage.getOrDefault(process, -1)) {
                    stage.put(process, index);
                    n.put(process, Double.parseDouble(row.get("n")));
                }
            }
        }
        return n;
    }
}
