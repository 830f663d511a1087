package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/**
 * Evaluates the bundled Exempelstad data with Spark and checks numbers known from how the
 * data were generated (see examples/exempelstad/README.md and the generator's printout):
 * the assembly's 180 responders are 99 women and 81 men, its 45 selected 23 and 22, its 40
 * attendees 21 and 19; residents aged 16+ are 25 215 women and 25 514 men; residents 25–64
 * have education förgymnasial 2 462, gymnasial 12 349, eftergymnasial < 3 år 4 648,
 * ≥ 3 år 9 221 and 384 "uppgift saknas" (missing, so not part of the shares).
 */
class ExempelstadEvaluationTest {
    private static final String ASSEMBLY = "medborgarrad-klimat";
    private static final String BUDGET = "medborgarbudget-2025";
    private static final double WOMEN_16_PLUS = 25_215.0 / (25_215 + 25_514);

    @TempDir
    static Path out;

    static MetricTablesResult result;

    @BeforeAll
    static void evaluate() throws IOException {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        // the true counts (an analyst's internal run): the published, protected ones are ProtectedExempelstadTest's
        result = new EvaluateJob(SpegelConfig.defaults().with("spegel.disclosure.enabled", "false"), quiet)
                .evaluate(SharedSpark.get(), Exempelstad.inputs(), out);
    }

    @Test
    void assemblyGenderSharesFollowTheFunnelStages() {
        // 180 responded: 99 women (one living outside the municipality, left out) and 81 men
        assertThat(gap(ASSEMBLY, "responded", "gender", "kvinna").share()).isCloseTo(98.0 / 179, within(1e-12));
        assertThat(gap(ASSEMBLY, "selected", "gender", "kvinna").share()).isCloseTo(23.0 / 45, within(1e-12));
        assertThat(gap(ASSEMBLY, "attended", "gender", "kvinna").share()).isCloseTo(21.0 / 40, within(1e-12));
        assertThat(gap(ASSEMBLY, "attended", "gender", "man").n()).isEqualTo(19.0);
    }

    @Test
    void genderIsComparedWithResidentsOfEligibleAgeOnly() {
        CategoryGap women = gap(ASSEMBLY, "attended", "gender", "kvinna");
        assertThat(women.popCount()).isEqualTo(25_215L);
        assertThat(women.popShare()).isCloseTo(WOMEN_16_PLUS, within(1e-12));
        assertThat(women.gapPp()).isCloseTo(100 * (21.0 / 40 - WOMEN_16_PLUS), within(1e-9));
        assertThat(women.ratio()).isCloseTo((21.0 / 40) / WOMEN_16_PLUS, within(1e-12));
    }

    @Test
    void educationIsComparedOnlyWithinTheTablesAgeUniverseAndWithoutMissingAnswers() {
        DimensionSummary education = summary(ASSEMBLY, "attended", "education");
        assertThat(education.universeMinAge()).isEqualTo(25);
        assertThat(education.universeMaxAge()).isEqualTo(64);
        assertThat(education.nOutsideUniverse()).isPositive();
        assertThat(education.nValid() + education.nOutsideUniverse() + education.nMissing())
                .isEqualTo(40);
        CategoryGap gymnasial = gap(ASSEMBLY, "attended", "education", "gymnasial");
        assertThat(gymnasial.popShare()).isCloseTo(12_349.0 / (2_462 + 12_349 + 4_648 + 9_221), within(1e-12));
    }

    @Test
    void processSummaryCountsEveryStageCumulatively() {
        List<Double> n = result.processSummaries().stream()
                .filter(p -> p.processId().equals(ASSEMBLY))
                .map(ProcessSummary::n)
                .toList();
        assertThat(n).containsExactly(2500.0, 180.0, 45.0, 40.0);
    }

    @Test
    void rIndicatorIsGivenForTheResponseStageOfTheAssemblyOnly() {
        List<ProcessSummary> rows = result.processSummaries();
        assertThat(rows).filteredOn(p -> p.rIndicator() != null).singleElement().satisfies(p -> {
            assertThat(p.processId()).isEqualTo(ASSEMBLY);
            assertThat(p.stage()).isEqualTo("responded");
            assertThat(p.rIndicator()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void selectionsGenderIsReadAgainstTheExactHypergeometricTailOfDrawsFromTheResponders() {
        // 45 selected (23 women) of 180 responders (99 women): a random 45 of the 180 has X ~ Hypergeometric(180, 99,
        // 45)
        // women and D* = |X/45 − p_women|; P(D* ≥ D) summed exactly over x with Commons Math's pmf
        StageChange gender = stageChange(ASSEMBLY, "selected", "gender");
        double observed = Math.abs(23.0 / 45 - WOMEN_16_PLUS);
        org.apache.commons.math3.distribution.HypergeometricDistribution draws =
                new org.apache.commons.math3.distribution.HypergeometricDistribution(180, 99, 45);
        double worse = 0;
        double expected = 0;
        for (int x = 0; x <= 45; x++) {
            double d = Math.abs(x / 45.0 - WOMEN_16_PLUS);
            worse += d >= observed - 1e-12 ? draws.probability(x) : 0;
            expected += d * draws.probability(x);
        }
        assertThat(gender.previousStage()).isEqualTo("responded");
        assertThat(gender.dissimilarity()).isCloseTo(observed, within(1e-12));
        assertThat(gender.stageChangePWorse())
                .isCloseTo(worse, within(4 * Math.sqrt(worse * (1 - worse) / 2000) + 1e-3));
        assertThat(gender.stageChangeExpectedDissimilarity()).isCloseTo(expected, within(0.003));
    }

    @Test
    void everyStageAfterTheFirstIsReadAgainstChanceAndTheFirstIsNot() {
        List<ProcessSummary> assembly = result.processSummaries().stream()
                .filter(p -> p.processId().equals(ASSEMBLY))
                .toList();
        assertThat(assembly.get(0).stageChangeVerdict()).isNull();
        assertThat(assembly.subList(1, 4))
                .allSatisfy(p -> assertThat(p.stageChangeVerdict())
                        .isIn("worse_than_chance", "as_chance", "better_than_chance"));
        // unweighted participants: the head-count D is dimension_summary's D, at this stage and the one before
        for (StageChange change : result.stageChanges()) {
            String before = List.of("invited", "responded", "selected").get(change.stageIndex() - 1);
            assertThat(change.dissimilarity())
                    .isCloseTo(
                            summary(ASSEMBLY, change.stage(), change.dimension())
                                    .dissimilarity(),
                            within(1e-12));
            assertThat(change.previousDissimilarity())
                    .isCloseTo(summary(ASSEMBLY, before, change.dimension()).dissimilarity(), within(1e-12));
        }
        assertThat(result.stageChanges()).extracting(StageChange::dimension).doesNotContain("age×gender");
        assertThat(result.stageChanges()).hasSize(3 * 5);
    }

    @Test
    void responseIndicatorsOfTheAssemblyAgreeWithItsRIndicator() {
        List<ResponseIndicator> rows = result.responseIndicators();
        assertThat(rows).allSatisfy(r -> assertThat(r.processId()).isEqualTo(ASSEMBLY));
        assertThat(rows).extracting(ResponseIndicator::model).containsOnly("age×gender");
        // R = 1 − 2·S(ρ) and CV = S(ρ)/ρ̄ over the same cells: R = 1 − 2·CV·ρ̄
        double r = result.processSummaries().stream()
                .filter(p -> p.rIndicator() != null)
                .findFirst()
                .orElseThrow()
                .rIndicator();
        ResponseIndicator first = rows.get(0);
        assertThat(1 - 2 * first.propensityCv() * first.responseRate()).isCloseTo(r, within(1e-12));
        for (String variable : List.of("age", "gender")) {
            List<ResponseIndicator> own =
                    rows.stream().filter(x -> x.variable().equals(variable)).toList();
            assertThat(own.get(0).category()).isNull();
            double squares = own.stream()
                    .skip(1)
                    .mapToDouble(x -> x.partialUnconditional() * x.partialUnconditional())
                    .sum();
            assertThat(own.get(0).partialUnconditional()).isCloseTo(Math.sqrt(squares), within(1e-12));
            assertThat(own)
                    .allSatisfy(x -> assertThat(x.partialUnconditionalSe()).isPositive());
        }
    }

    @Test
    void nonBinaryAnswerIsReportedOnItsOwnLineNotMergedOrDropped() {
        // one voter answered outside the population's categories, five gave no gender
        assertThat(summary(BUDGET, "voted", "gender").nNoCounterpart()).isEqualTo(1);
        assertThat(summary(BUDGET, "voted", "gender").nMissing()).isEqualTo(5);
        assertThat(summary(BUDGET, "voted", "gender").nValid()).isEqualTo(2989);
        CategoryGap other = gap(BUDGET, "voted", "gender", "annat");
        assertThat(other.popShare()).isNull();
        // one person (published as such only because this run turns disclosure control off)
        assertThat(other.n()).isEqualTo(1.0);
        assertThat(other.suppressed()).isFalse();
    }

    @Test
    void dissimilarityEqualsHalfTheSumOfAbsoluteShareDifferences() {
        DimensionSummary gender = summary(ASSEMBLY, "attended", "gender");
        // two categories: D = |share_women - pop_women| = the gap of either category
        assertThat(gender.dissimilarity()).isCloseTo(Math.abs(21.0 / 40 - WOMEN_16_PLUS), within(1e-12));
    }

    @Test
    void categoryGapsCsvHasTheDocumentedHeader() throws IOException {
        String header =
                Files.readAllLines(out.resolve("metrics/category_gaps.csv")).get(0);
        assertThat(header)
                .isEqualTo("process_id,method,stage,dimension,category,n,share,share_ci_low,share_ci_high,"
                        + "pop_count,pop_share,gap_pp,ratio,per_1000,p_value,significant,suppressed");
        assertThat(out.resolve("metrics/category_gaps")).isDirectoryContaining("glob:**.parquet");
    }

    @Test
    void runJsonAccountsForEveryInputRow() throws IOException {
        JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertThat(run.get("inputs")).hasSize(6);
        for (JsonNode input : run.get("inputs")) {
            assertThat(input.get("rows_read").asLong())
                    .isEqualTo(input.get("rows_accepted").asLong()
                            + input.get("rows_rejected").asLong());
            assertThat(input.get("sha256").asText()).hasSize(64);
        }
        JsonNode participants = run.get("inputs").get(5);
        assertThat(participants.get("role").asText()).isEqualTo("participants");
        assertThat(participants.get("rows_read").asLong()).isEqualTo(5582);
    }

    @Test
    void noPersonIdAppearsInAnyOutputFile() throws IOException {
        Pattern personId = Pattern.compile("\\bp\\d{6}\\b");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(personId.matcher(text).find()).as(file.toString()).isFalse();
            }
        }
    }

    private static CategoryGap gap(String process, String stage, String dimension, String category) {
        return result.categoryGaps().stream()
                .filter(g -> g.processId().equals(process)
                        && g.stage().equals(stage)
                        && g.dimension().equals(dimension)
                        && g.category().equals(category))
                .findFirst()
                .orElseThrow();
    }

    private static DimensionSummary summary(String process, String stage, String dimension) {
        return result.dimensionSummaries().stream()
                .filter(d -> d.processId().equals(process)
                        && d.stage().equals(stage)
                        && d.dimension().equals(dimension))
                .findFirst()
                .orElseThrow();
    }

    private static StageChange stageChange(String process, String stage, String dimension) {
        return result.stageChanges().stream()
                .filter(c -> c.processId().equals(process)
                        && c.stage().equals(stage)
                        && c.dimension().equals(dimension))
                .findFirst()
                .orElseThrow();
    }
}
