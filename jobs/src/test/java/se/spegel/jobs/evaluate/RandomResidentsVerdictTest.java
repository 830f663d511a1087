package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.DimensionSummary;

/**
 * The user test, as a generator: groups of 40 residents drawn truly at random from
 * Exempelstad's population (16+), evaluated end to end. The old traffic light called such groups
 * "large difference" on most dimensions; judged against chance they must come out as chance.
 *
 * <p>A resident is drawn as the tables describe one: district, age and gender with probability
 * count / total from population_age_gender.csv, then education (ages 25–64) and origin from their
 * tables' counts in the same district and age (the three tables have the same totals per district
 * and age, so each dimension's shares are exactly the population's).
 */
class RandomResidentsVerdictTest {
    private static final List<String> PLAIN = List.of("age", "gender", "education", "origin", "district");
    private static final int GROUPS = 20;

    @TempDir
    static Path dir;

    static MetricTablesResult result;
    static MetricTablesResult published;

    @BeforeAll
    static void evaluateRandomGroups() throws IOException {
        Path population = Exempelstad.dir();
        Cells ageGender = Cells.read(population.resolve("population_age_gender.csv"), "gender");
        Cells education = Cells.read(population.resolve("population_education.csv"), "education");
        Cells origin = Cells.read(population.resolve("population_origin.csv"), "origin");
        SplittableRandom random = new SplittableRandom(40);
        List<String> processes = new ArrayList<>(List.of("process_id,name,method,area_code,period,min_age"));
        List<String> participants =
                new ArrayList<>(List.of("process_id,person_id,age,gender,education,origin,area_code"));
        for (int g = 0; g < GROUPS; g++) {
            String id = "random-" + g;
            processes.add(id + ",Random 40 " + g + ",open_meeting,9901,2024,16");
            for (int i = 0; i < 40; i++) {
                String[] resident = ageGender.draw(random, key -> Integer.parseInt(key[1]) >= 16);
                String area = resident[0];
                int age = Integer.parseInt(resident[1]);
                String edu = age >= 25 && age <= 64 ? education.drawWithin(random, area, age) : "";
                participants.add(String.join(
                        ",",
                        id,
                        id + "-" + i,
                        String.valueOf(age),
                        resident[2],
                        edu,
                        origin.drawWithin(random, area, age),
                        area));
            }
        }
        Files.write(dir.resolve("processes.csv"), processes, StandardCharsets.UTF_8);
        Files.write(dir.resolve("participants.csv"), participants, StandardCharsets.UTF_8);
        EvaluationInputs inputs = new EvaluationInputs(
                dir.resolve("processes.csv"),
                dir.resolve("participants.csv"),
                List.of(
                        population.resolve("population_age_gender.csv"),
                        population.resolve("population_education.csv"),
                        population.resolve("population_origin.csv")),
                Optional.of(population.resolve("areas.csv")));
        // the verdicts' own calibration on the true counts, and as published (cell key protection, the default)
        result = new EvaluateJob(
                        SpegelConfig.defaults().with("spegel.disclosure.enabled", "false"),
                        new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, dir.resolve("out"));
        published = new EvaluateJob(SpegelConfig.defaults(), new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, dir.resolve("published"));
    }

    private static List<DimensionSummary> plain(String process) {
        return plain(result, process);
    }

    private static List<DimensionSummary> plain(MetricTablesResult evaluated, String process) {
        return evaluated.dimensionSummaries().stream()
                .filter(s -> s.processId().equals(process) && PLAIN.contains(s.dimension()))
                .toList();
    }

    @Test
    void fortyRandomResidentsAreNeverLargelyWorseAndAtMostOnceWorseInFiveDimensions() {
        List<DimensionSummary> first = plain("random-0");
        assertThat(first).extracting(DimensionSummary::dimension).containsExactlyInAnyOrderElementsOf(PLAIN);
        assertThat(first).extracting(s -> s.chance().verdict()).doesNotContain("worse_large");
        assertThat(first)
                .filteredOn(s -> s.chance().verdict().startsWith("worse_"))
                .hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void acrossTwentyRandomGroupsWorseVerdictsAreAboutAsRareAsTheTestLevel() {
        // 100 plain dimensions, each a one-sided test at 5 % (education has fewer than 40 answers, still ≥ 20):
        // about 5 worse verdicts expected; 12 is more than 3 SD above
        int worse = 0;
        for (int g = 0; g < GROUPS; g++) {
            for (DimensionSummary s : plain("random-" + g)) {
                assertThat(s.chance().verdict())
                        .as("%s %s", s.processId(), s.dimension())
                        .isNotEqualTo("worse_large");
                worse += s.chance().verdict().startsWith("worse_") ? 1 : 0;
            }
        }
        assertThat(worse).isLessThanOrEqualTo(12);
    }

    @Test
    void asPublishedFortyRandomResidentsAreStillJudgedAsChance() {
        // the published D carries the cell key noise; the chance null is published the same way
        List<DimensionSummary> first = plain(published, "random-0");
        assertThat(first).extracting(DimensionSummary::dimension).containsExactlyInAnyOrderElementsOf(PLAIN);
        assertThat(first).extracting(s -> s.chance().verdict()).doesNotContain("worse_large");
        assertThat(first)
                .filteredOn(s -> s.chance().verdict().startsWith("worse_"))
                .hasSizeLessThanOrEqualTo(1);
        // a false alarm is graded by its excess like any other; on gender at n = 40 "large" needs an
        // upper tail of about 0.01, so 1 in 100 random dimensions may read worse_large by chance
        int worse = 0;
        int large = 0;
        for (int g = 0; g < GROUPS; g++) {
            for (DimensionSummary s : plain(published, "random-" + g)) {
                worse += s.chance().verdict().startsWith("worse_") ? 1 : 0;
                large += s.chance().verdict().equals("worse_large") ? 1 : 0;
            }
        }
        assertThat(worse).isLessThanOrEqualTo(12);
        assertThat(large).isLessThanOrEqualTo(2);
    }

    /** One population table: (area, age, category) → count, drawn in proportion to count. */
    private record Cells(List<String[]> keys, List<Long> counts, Map<String, List<Integer>> byAreaAge) {
        static Cells read(Path file, String column) throws IOException {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(","));
            List<String[]> keys = new ArrayList<>();
            List<Long> counts = new ArrayList<>();
            Map<String, List<Integer>> byAreaAge = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                String[] key = {
                    cells[header.indexOf("area_code")], cells[header.indexOf("age")], cells[header.indexOf(column)]
                };
                byAreaAge
                        .computeIfAbsent(key[0] + "|" + key[1], k -> new ArrayList<>())
                        .add(keys.size());
                keys.add(key);
                counts.add(Long.parseLong(cells[header.indexOf("count")]));
            }
            return new Cells(keys, counts, byAreaAge);
        }

        String[] draw(SplittableRandom random, java.util.function.Predicate<String[]> eligible) {
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                if (eligible.test(keys.get(i))) {
                    rows.add(i);
                }
            }
            return keys.get(pick(random, rows));
        }

        String drawWithin(SplittableRandom random, String area, int age) {
            return keys.get(pick(random, byAreaAge.get(area + "|" + age)))[2];
        }

        private int pick(SplittableRandom random, List<Integer> rows) {
            long total = rows.stream().mapToLong(counts::get).sum();
            long u = random.nextLong(total);
            for (int row : rows) {
                u -= counts.get(row);
                if (u < 0) {
                    return row;
                }
            }
            throw new IllegalStateException("no rows");
        }
    }
}
