package se.spegel.jobs.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedSpark;
import se.spegel.jobs.evaluate.EvaluateJob;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.schema.config.SpegelConfig;

/**
 * A small assembly evaluated end to end (files → aggregation → tables), every expected figure
 * worked out by hand in the comments. Twelve people responded (the pool): a1–a6 attended (a5
 * and a6 are reserves drawn after s1 and s2 dropped out), s1, s2 were selected and dropped out,
 * r1–r4 were not drawn; i1–i4 were invited only. Disclosure's threshold is 1 here, so that no
 * count is withheld (the withholding rule is {@link se.spegel.jobs.metrics.DisclosureControl}'s).
 */
class AssemblyWorkedExampleTest {
    @TempDir
    static Path dir;

    private static List<CSVRecord> quotas;
    private static List<CSVRecord> fairness;
    private static List<CSVRecord> groups;

    @BeforeAll
    static void evaluate() throws IOException {
        write(
                "processes.csv",
                "process_id,name,method,area_code,period,stages",
                "radet,Rådet,citizens_assembly,K1,2024,invited>responded>selected>attended");
        write(
                "areas.csv",
                "area_code,parent_code,level,name",
                "K1,,kommun,Byn",
                "D1,K1,district,Norr",
                "D2,K1,district,Söder");
        // residents: D1 150 (age 20: 50 women, 50 men; age 70: 30 women, 20 men), D2 50 (age 40: 25 + 25);
        // ages 0 and 100 with nobody make the table's age universe open
        write(
                "population.csv",
                "period,area_code,age,gender,count",
                "2024,D1,0,kvinnor,0",
                "2024,D1,100,män,0",
                "2024,D1,20,kvinnor,50",
                "2024,D1,20,män,50",
                "2024,D1,70,kvinnor,30",
                "2024,D1,70,män,20",
                "2024,D2,40,kvinnor,25",
                "2024,D2,40,män,25");
        write(
                "participants.csv",
                "process_id,person_id,stage,age,gender,area_code,occupation,replacement",
                "radet,a1,attended,20,kvinna,D1,student,nej",
                "radet,a2,attended,25,man,D1,arbete,nej",
                "radet,a3,attended,45,kvinna,D2,arbete,nej",
                "radet,a4,attended,70,man,D1,pension,nej",
                "radet,a5,attended,22,kvinna,D2,student,ja",
                "radet,a6,attended,68,kvinna,D1,pension,ja",
                "radet,s1,selected,30,man,D2,arbete,nej",
                "radet,s2,selected,19,man,D1,student,nej",
                "radet,r1,responded,40,kvinna,D1,arbete,",
                "radet,r2,responded,50,man,D2,arbete,",
                "radet,r3,responded,80,kvinna,D1,pension,",
                "radet,r4,responded,17,man,D1,student,",
                "radet,i1,invited,30,kvinna,D1,,",
                "radet,i2,invited,35,man,D1,,",
                "radet,i3,invited,45,man,D2,,",
                "radet,i4,invited,55,man,D2,,");
        write(
                "quotas.csv",
                "process_id,feature,value,min,max,target",
                "radet,kön,Kvinna,3,5,4",
                "radet,kön,Man,3,5,4",
                "radet,ålder,16-29 år,2,4,3",
                "radet,ålder,30-64,2,3,",
                "radet,ålder,65- år,2,3,",
                "radet,occupation,student,1,3,2",
                "radet,occupation,arbete,1,3,2",
                "radet,occupation,pension,1,3,2",
                "radet,geografi,Norr,3,5,",
                "radet,geografi,Söder,1,3,");
        // 0.9 × 2, 0.6 × 6, 0.25 × 4
        write(
                "probabilities.csv",
                "process_id,person_id,probability",
                "radet,a1,0.9",
                "radet,a3,0.9",
                "radet,a2,0.6",
                "radet,a4,0.6",
                "radet,s1,0.6",
                "radet,s2,0.6",
                "radet,r2,0.6",
                "radet,r4,0.6",
                "radet,a5,0.25",
                "radet,a6,0.25",
                "radet,r1,0.25",
                "radet,r3,0.25");
        EvaluationInputs inputs = new EvaluationInputs(
                dir.resolve("processes.csv"),
                dir.resolve("participants.csv"),
                List.of(dir.resolve("population.csv")),
                Optional.of(dir.resolve("areas.csv")),
                List.of(dir.resolve("quotas.csv")),
                List.of(dir.resolve("probabilities.csv")));
        SpegelConfig config = SpegelConfig.defaults().with("spegel.disclosure.min-count", "1");
        new EvaluateJob(config, new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, dir.resolve("out"));
        quotas = rows("quota_fulfilment.csv");
        fairness = rows("selection_fairness.csv");
        groups = rows("selection_fairness_groups.csv");
    }

    @Test
    void poolStageCountsEveryoneWhoRespondedWithPopulationSharesAndNoVerdict() {
        // responded or further: a1-a6, s1, s2, r1-r4; women a1 a3 a5 a6 r1 r3 = 6
        CSVRecord women = quota("responded", "kön", "Kvinna");
        assertThat(women.get("n")).isEqualTo("6");
        assertThat(women.get("within_quota")).isEmpty();
        assertThat(women.get("category")).isEqualTo("kvinna");
        // women 50 + 30 + 25 = 105 of 200 residents
        assertThat(Double.parseDouble(women.get("pop_share"))).isCloseTo(105 / 200.0, within(1e-9));
        // 16-29: a1 20, a2 25, a5 22, s2 19, r4 17 = 5; residents aged 20: 100 of 200
        assertThat(quota("responded", "ålder", "16-29 år").get("n")).isEqualTo("5");
        assertThat(Double.parseDouble(quota("responded", "ålder", "16-29 år").get("pop_share")))
                .isCloseTo(0.5, within(1e-9));
        // Norr: a1 a2 a4 a6 s2 r1 r3 r4 = 8; residents 150 of 200
        assertThat(quota("responded", "geografi", "Norr").get("n")).isEqualTo("8");
        assertThat(Double.parseDouble(quota("responded", "geografi", "Norr").get("pop_share")))
                .isCloseTo(0.75, within(1e-9));
        // occupation has no population table
        assertThat(quota("responded", "occupation", "student").get("pop_share")).isEmpty();
    }

    @Test
    void selectedStageMeetsEveryQuota() {
        // selected or further: a1-a6, s1, s2 (8). Women a1 a3 a5 a6 = 4, men a2 a4 s1 s2 = 4: both 3 ≤ 4 ≤ 5, n − 4 = 0
        assertThat(quota("selected", "kön", "Kvinna").get("n")).isEqualTo("4");
        assertThat(quota("selected", "kön", "Man").get("within_quota")).isEqualTo("true");
        assertThat(Double.parseDouble(quota("selected", "kön", "Man").get("deviation")))
                .isEqualTo(0.0);
        // reserves among them: a5, a6 are women
        assertThat(quota("selected", "kön", "Kvinna").get("n_replacements")).isEqualTo("2");
        assertThat(quota("selected", "kön", "Man").get("n_replacements")).isEqualTo("0");
        // 16-29: a1 a2 a5 s2 = 4 within 2..4, deviation 4 − 3 = 1; 65-: a4 a6 = 2, no target: 0
        assertThat(quota("selected", "ålder", "16-29 år").get("n")).isEqualTo("4");
        assertThat(Double.parseDouble(quota("selected", "ålder", "16-29 år").get("deviation")))
                .isEqualTo(1.0);
        assertThat(quota("selected", "ålder", "65- år").get("n")).isEqualTo("2");
        // student a1 a5 s2 = 3, arbete a2 a3 s1 = 3, pension a4 a6 = 2: distance √((3−2)² + (3−2)² + 0²) / 3 = √2 / 3
        assertThat(Double.parseDouble(quota("selected", "occupation", "pension").get("feature_distance")))
                .isCloseTo(Math.sqrt(2) / 3, within(1e-12));
        // gender's distance is 0; age and district have quotas without targets, so no distance:
        // weighted distance 1 · 0 + 1 · √2/3
        assertThat(Double.parseDouble(quota("selected", "kön", "Man").get("weighted_distance")))
                .isCloseTo(Math.sqrt(2) / 3, within(1e-12));
        assertThat(quota("selected", "ålder", "30-64").get("feature_distance")).isEmpty();
    }

    @Test
    void attendedStageMissesTheMenAndMiddleAgedQuotasAfterDropOuts() {
        // attended: a1-a6. Men a2 a4 = 2 < 3: missed, deviation 2 − 4 = −2
        CSVRecord men = quota("attended", "kön", "Man");
        assertThat(men.get("n")).isEqualTo("2");
        assertThat(men.get("within_quota")).isEqualTo("false");
        assertThat(Double.parseDouble(men.get("deviation"))).isEqualTo(-2.0);
        // 30-64: a3 = 1 < 2, no target: distance to the broken bound 1 − 2 = −1
        assertThat(quota("attended", "ålder", "30-64").get("within_quota")).isEqualTo("false");
        assertThat(Double.parseDouble(quota("attended", "ålder", "30-64").get("deviation")))
                .isEqualTo(-1.0);
        // the reserves: a5 (22, Söder), a6 (68, Norr)
        assertThat(quota("attended", "ålder", "16-29 år").get("n_replacements")).isEqualTo("1");
        assertThat(quota("attended", "geografi", "Söder").get("n_replacements")).isEqualTo("1");
        // gender √((4−4)² + (2−4)²) / 2 = 1, occupation 2, 2, 2 against 2, 2, 2 = 0: weighted 1
        assertThat(Double.parseDouble(men.get("feature_distance"))).isCloseTo(1.0, within(1e-12));
        assertThat(Double.parseDouble(men.get("weighted_distance"))).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void selectionFairnessOfThePool() {
        CSVRecord row = fairness.get(0);
        assertThat(row.get("n_pool")).isEqualTo("12");
        // Σ p = 1.8 + 3.6 + 1.0 = 6.4, mean 6.4 / 12 = 0.53333
        assertThat(Double.parseDouble(row.get("mean_probability"))).isCloseTo(6.4 / 12, within(1e-12));
        assertThat(Double.parseDouble(row.get("expected_panel_size"))).isCloseTo(6.4, within(1e-12));
        assertThat(Double.parseDouble(row.get("min_probability"))).isEqualTo(0.25);
        assertThat(Double.parseDouble(row.get("max_probability"))).isEqualTo(0.9);
        // unordered pairs: 0.9–0.6 2·6·0.3 = 3.6, 0.9–0.25 2·4·0.65 = 5.2, 0.6–0.25 6·4·0.35 = 8.4: 17.2;
        // Σ_i Σ_j counts each twice, 34.4; G = 34.4 / (2 · 12² · 0.53333) = 34.4 / 153.6
        assertThat(Double.parseDouble(row.get("gini"))).isCloseTo(34.4 / 153.6, within(1e-12));
        // half the mean 0.26667: the four at 0.25 are below it, 4 / 12
        assertThat(Double.parseDouble(row.get("share_below_half_mean"))).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void womenAndMenHadTheSameChanceFromInvitationToSeat() {
        // women in the pool a1 .9, a3 .9, a5 .25, a6 .25, r1 .25, r3 .25: 2.8 / 6; invited women 6 + i1 = 7,
        // response rate 6 / 7, end to end 6/7 · 2.8/6 = 0.4
        CSVRecord women = group("gender", "kvinna");
        assertThat(women.get("n_pool")).isEqualTo("6");
        assertThat(Double.parseDouble(women.get("mean_probability"))).isCloseTo(2.8 / 6, within(1e-9));
        assertThat(Double.parseDouble(women.get("response_rate"))).isCloseTo(6 / 7.0, within(1e-12));
        assertThat(Double.parseDouble(women.get("end_to_end_probability"))).isCloseTo(0.4, within(1e-9));
        // men a2 a4 s1 s2 r2 r4, all 0.6; invited 6 + i2 i3 i4 = 9: 6/9 · 0.6 = 0.4
        CSVRecord men = group("gender", "man");
        assertThat(Double.parseDouble(men.get("mean_probability"))).isCloseTo(0.6, within(1e-9));
        assertThat(Double.parseDouble(men.get("end_to_end_probability"))).isCloseTo(0.4, within(1e-9));
        // Söder: a3 .9, a5 .25, s1 .6, r2 .6 = 2.35 / 4
        assertThat(Double.parseDouble(group("district", "D2").get("mean_probability")))
                .isCloseTo(2.35 / 4, within(1e-9));
    }

    @Test
    void participantsInParquetReadBySparkGiveTheSameQuotaTableAndSpread() throws IOException {
        Path parquet = dir.resolve("participants.parquet");
        SharedSpark.get()
                .read()
                .option("header", true)
                .csv(dir.resolve("participants.csv").toString())
                .coalesce(1)
                .write()
                .parquet(parquet.toString());
        EvaluationInputs inputs = new EvaluationInputs(
                dir.resolve("processes.csv"),
                parquet,
                List.of(dir.resolve("population.csv")),
                Optional.of(dir.resolve("areas.csv")),
                List.of(dir.resolve("quotas.csv")),
                List.of(dir.resolve("probabilities.csv")));
        new EvaluateJob(
                        SpegelConfig.defaults().with("spegel.disclosure.min-count", "1"),
                        new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, dir.resolve("parquet-out"));
        for (String table : List.of("quota_fulfilment.csv", "selection_fairness.csv")) {
            assertThat(dir.resolve("parquet-out/metrics").resolve(table))
                    .as(table)
                    .hasSameTextualContentAs(dir.resolve("out/metrics").resolve(table));
        }
    }

    @Test
    void noPersonIdReachesTheAssemblyTables() throws IOException {
        for (String table :
                List.of("quota_fulfilment.csv", "selection_fairness.csv", "selection_fairness_groups.csv")) {
            String text = Files.readString(dir.resolve("out/metrics").resolve(table));
            assertThat(text).doesNotContainPattern("\\b(a[1-6]|s[12]|r[1-4]|i[1-4])\\b");
        }
    }

    private static CSVRecord quota(String stage, String feature, String value) {
        return quotas.stream()
                .filter(r -> r.get("stage").equals(stage)
                        && r.get("feature").equals(feature)
                        && r.get("value").equals(value))
                .findFirst()
                .orElseThrow(() -> new AssertionError(stage + " " + value));
    }

    private static CSVRecord group(String dimension, String category) {
        return groups.stream()
                .filter(r -> r.get("dimension").equals(dimension)
                        && r.get("category").equals(category))
                .findFirst()
                .orElseThrow(() -> new AssertionError(dimension + " " + category));
    }

    private static void write(String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> rows(String table) throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve("out/metrics").resolve(table), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().get().parse(in).getRecords();
        }
    }
}
