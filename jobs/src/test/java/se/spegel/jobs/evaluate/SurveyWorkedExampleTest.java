package se.spegel.jobs.evaluate;

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
import se.spegel.schema.config.SpegelConfig;

/**
 * A survey-based dimension evaluated end to end (files → Spark aggregation → tables), the expected
 * figures worked out by hand (and with scipy's chi2_contingency where it says so). Two open
 * meetings: "norr" in district D1 of K1, whose own area has no benchmark, so the benchmark of K1
 * (the nearest area above it) applies; "annan" in K2, for which only the benchmark without an area
 * applies. Disclosure's threshold is 1, so that no count is withheld.
 */
class SurveyWorkedExampleTest {
    @TempDir
    static Path dir;

    private static List<CSVRecord> summaries;
    private static List<CSVRecord> gaps;

    @BeforeAll
    static void evaluate() throws IOException {
        write(
                "processes.csv",
                "process_id,name,method,area_code,period",
                "norr,Möte i Norr,open_meeting,D1,2024",
                "annan,Möte i Annan,open_meeting,K2,2024");
        write(
                "areas.csv",
                "area_code,parent_code,level,name",
                "K1,,kommun,Byn",
                "D1,K1,district,Norr",
                "D2,K1,district,Söder",
                "K2,,kommun,Annan",
                "D3,K2,district,Mitt");
        write(
                "population.csv",
                "period,area_code,age,gender,count",
                "2024,D1,20,kvinnor,50",
                "2024,D1,20,män,50",
                "2024,D1,70,kvinnor,30",
                "2024,D1,70,män,20",
                "2024,D3,40,kvinnor,25",
                "2024,D3,40,män,25");
        // norr: mycket 5, ganska 3, inte 2 (written in any case), one "vet ej" (no counterpart), one blank (missing)
        write(
                "participants.csv",
                "process_id,person_id,age,gender,area_code,klimatoro",
                "norr,n01,20,kvinna,D1,mycket",
                "norr,n02,21,man,D1,Mycket",
                "norr,n03,22,kvinna,D1, MYCKET ",
                "norr,n04,70,man,D1,mycket",
                "norr,n05,71,kvinna,D1,mycket",
                "norr,n06,20,man,D1,ganska",
                "norr,n07,20,kvinna,D1,ganska",
                "norr,n08,70,man,D1,Ganska",
                "norr,n09,70,kvinna,D1,inte",
                "norr,n10,20,man,D1,inte",
                "norr,n11,20,kvinna,D1,vet ej",
                "norr,n12,20,man,D1,",
                "annan,a1,40,kvinna,D3,inte",
                "annan,a2,40,man,D3,inte",
                "annan,a3,40,kvinna,D3,ganska");
        write(
                "survey.csv",
                "dimension,category,share,survey_n,area_code,source",
                "klimatoro,mycket,0.3,200,K1,Byns enkät 2024",
                "klimatoro,ganska,0.5,200,K1,",
                "klimatoro,inte,0.2,200,K1,",
                "klimatoro,mycket,0.25,100,,=Riksenkät",
                "klimatoro,ganska,0.25,100,,",
                "klimatoro,inte,0.5,100,,");
        EvaluationInputs inputs = new EvaluationInputs(
                dir.resolve("processes.csv"),
                List.of(dir.resolve("participants.csv")),
                List.of(dir.resolve("population.csv")),
                Optional.of(dir.resolve("areas.csv")),
                List.of(),
                List.of(),
                List.of(dir.resolve("survey.csv")));
        SpegelConfig config = SpegelConfig.defaults().with("spegel.disclosure.min-count", "1");
        new EvaluateJob(config, new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, dir.resolve("out"));
        summaries = rows("dimension_summary.csv");
        gaps = rows("category_gaps.csv");
    }

    @Test
    void theNearestBenchmarkAboveTheTargetAreaIsTheComparedSurvey() {
        CSVRecord s = summary("norr");
        assertThat(s.get("population_source")).isEqualTo("survey");
        assertThat(s.get("survey_n")).isEqualTo("200");
        assertThat(s.get("survey_source")).isEqualTo("Byns enkät 2024");
        assertThat(s.get("population_table")).isEqualTo("survey.csv");
        // "vet ej" has no counterpart, the blank is missing: 10 valid answers
        assertThat(s.get("n_valid")).isEqualTo("10");
        assertThat(s.get("n_missing")).isEqualTo("1");
        assertThat(s.get("n_no_counterpart")).isEqualTo("1");
        // shares 0.5, 0.3, 0.2 against 0.3, 0.5, 0.2: D = ½(0.2 + 0.2 + 0) = 0.2
        assertThat(number(s, "dissimilarity")).isCloseTo(0.2, within(1e-12));
        assertThat(s.get("worst_category")).isIn("mycket", "ganska");
    }

    @Test
    void theTestsCarryTheSurveysOwnSamplingError() {
        CSVRecord s = summary("norr");
        // scipy chi2_contingency([[5, 3, 2], [60, 100, 40]], correction=False): 2.00747, df 2; an expected count of
        // 10·42/210 = 2 is below 5, so the p-value is simulated from the two-sample null's draws
        assertThat(number(s, "chi2")).isCloseTo(2.007468259895444, within(1e-9));
        assertThat(s.get("df")).isEqualTo("2");
        assertThat(number(s, "p_value")).isBetween(0.25, 0.5);
        assertThat(number(s, "cohens_w"))
                .isCloseTo(Math.sqrt(2.007468259895444 * (1 / 10.0 + 1 / 200.0)), within(1e-9));
        // E[D] of two samples (10 and 200) from the pooled shares 65/210, 103/210, 42/210: the double sum over both
        // binomials of every category, written out with scipy's binom.pmf
        assertThat(number(s, "expected_dissimilarity")).isCloseTo(0.17676320894051079, within(1e-9));
        assertThat(number(s, "dissimilarity_excess")).isCloseTo(0.2 - 0.17676320894051079, within(1e-9));
        assertThat(s.get("verdict")).isEqualTo("too_few"); // 10 answers, below min-n 20
    }

    @Test
    void categoryRowsGiveTheSurveysShareAndNoRegisterCount() {
        CSVRecord mycket = gap("norr", "mycket");
        assertThat(mycket.get("n")).isEqualTo("5");
        assertThat(number(mycket, "pop_share")).isCloseTo(0.3, within(1e-12));
        assertThat(mycket.get("pop_count")).isEmpty();
        assertThat(mycket.get("per_1000")).isEmpty();
        assertThat(number(mycket, "gap_pp")).isCloseTo(20, within(1e-9));
        // prop.test(c(5, 60), c(10, 200), correct = FALSE): p̄ = 65/210, z = 1.3356
        assertThat(number(mycket, "p_value")).isCloseTo(0.18184345296189766, within(1e-12));
        assertThat(number(gap("norr", "inte"), "p_value")).isEqualTo(1.0);
        assertThat(gap("norr", "vet ej").get("pop_share")).isEmpty();
    }

    @Test
    void aProcessOutsideEveryBenchmarkedAreaUsesTheBenchmarkWithoutArea() {
        CSVRecord s = summary("annan");
        assertThat(s.get("survey_n")).isEqualTo("100");
        // the source is the user's text: a formula-like start is neutralised in the CSV
        assertThat(s.get("survey_source")).isEqualTo("'=Riksenkät");
        assertThat(number(gap("annan", "inte"), "pop_share")).isCloseTo(0.5, within(1e-12));
        // 1 ganska, 2 inte of 3: D = ½(0.25 + |1/3 − 0.25| + |2/3 − 0.5|) = 0.25
        assertThat(number(s, "dissimilarity")).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void registerRowsSayRegisterAndHaveNoSurveyColumns() {
        CSVRecord gender = summaries.stream()
                .filter(r ->
                        r.get("process_id").equals("norr") && r.get("dimension").equals("gender"))
                .findFirst()
                .orElseThrow();
        assertThat(gender.get("population_source")).isEqualTo("register");
        assertThat(gender.get("survey_n")).isEmpty();
        assertThat(gender.get("survey_source")).isEmpty();
    }

    private static CSVRecord summary(String process) {
        return summaries.stream()
                .filter(r -> r.get("process_id").equals(process)
                        && r.get("dimension").equals("klimatoro"))
                .findFirst()
                .orElseThrow();
    }

    private static CSVRecord gap(String process, String category) {
        return gaps.stream()
                .filter(r -> r.get("process_id").equals(process)
                        && r.get("dimension").equals("klimatoro")
                        && r.get("category").equals(category))
                .findFirst()
                .orElseThrow();
    }

    private static double number(CSVRecord row, String column) {
        return Double.parseDouble(row.get(column));
    }

    private static void write(String name, String header, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), header + "\n" + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> rows(String table) throws IOException {
        try (Reader in = Files.newBufferedReader(dir.resolve("out/metrics").resolve(table), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(in)
                    .getRecords();
        }
    }
}
