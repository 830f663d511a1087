package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DissimilarityLevel;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.SummaryRowView;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ChanceBaseline;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/** Reports speak dimension_summary's verdict, not raw D against the fixed thresholds. */
class VerdictReportTest {

    private static final ReportContext SV = ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults());
    private static final ReportContext EN =
            ReportContext.of(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15));

    private static final ProcessSummary STAGE = new ProcessSummary(
            "p", "P", "citizens_assembly", null, null, 2024, null, null, "attended", 0, 40.0, 0L, 0L, null, null, null);

    private static DimensionSummary summary(String dimension, double d, double expected, String verdict) {
        return new DimensionSummary(
                "p",
                "citizens_assembly",
                "attended",
                dimension,
                40L,
                0L,
                0L,
                d,
                null,
                null,
                null,
                null,
                null,
                5.0,
                "a",
                "population.csv",
                null,
                null,
                0L,
                new ChanceBaseline(expected, 0.5, 0.5, d - expected, d, 0.0, 0.3, verdict));
    }

    private static CategoryGap gap(String dimension, String category, double share, double popShare) {
        return new CategoryGap(
                "p",
                "citizens_assembly",
                "attended",
                dimension,
                category,
                40 * share,
                share,
                null,
                null,
                1000L,
                popShare,
                100 * (share - popShare),
                share / popShare,
                null,
                null,
                null,
                false);
    }

    private static ProcessMetrics metrics(List<DimensionSummary> summaries) {
        List<CategoryGap> gaps = List.of(
                gap("age", "16-24", 0.2, 0.1),
                gap("age", "25-44", 0.8, 0.9),
                gap("gender", "kvinna", 0.44, 0.5),
                gap("gender", "man", 0.56, 0.5));
        return new ProcessMetrics("p", gaps, summaries, List.of(STAGE));
    }

    @Test
    void aLargeDAtChanceLevelIsGreenAndSaysAsARandomSample() {
        // D = 15.9 % would be red against the fixed 15 % threshold; a random group of 40 expects 16.4 %
        ProcessMetrics m = metrics(List.of(summary("age", 0.159, 0.164, "as_chance")));
        SummaryRowView row = new SummaryTable(SV).rows(m, "attended").get(0);
        assertThat(row.levelText()).isEqualTo("Som ett slumpmässigt urval");
        assertThat(row.levelClass()).isEqualTo("level-small");
        assertThat(row.expectedDissimilarity()).isEqualTo("16,4\u00a0%");
        assertThat(new LeadSentence(SV).write(m, "attended"))
                .containsExactly(
                        "40 deltagare.",
                        "Deltagarna är lika representativa som ett slumpmässigt urval av samma storlek.");
    }

    @Test
    void everyVerdictHasItsLightAndPlainWordsInBothLanguages() {
        assertThat(DissimilarityLevel.ofVerdict("better_than_chance").cssClass())
                .isEqualTo("level-small");
        assertThat(DissimilarityLevel.ofVerdict("worse_small").cssClass()).isEqualTo("level-moderate");
        assertThat(DissimilarityLevel.ofVerdict("worse_moderate").cssClass()).isEqualTo("level-moderate");
        assertThat(DissimilarityLevel.ofVerdict("worse_large").cssClass()).isEqualTo("level-large");
        assertThat(DissimilarityLevel.ofVerdict("too_few").cssClass()).isEqualTo("level-unknown");
        assertThat(DissimilarityLevel.ofVerdict("small"))
                .as("raw-D levels are not verdicts")
                .isNull();
        assertThat(SV.messages().get(DissimilarityLevel.ofVerdict("too_few").messageKey()))
                .isEqualTo("För få för att bedöma");
        assertThat(EN.messages().get(DissimilarityLevel.ofVerdict("too_few").messageKey()))
                .isEqualTo("Too few to judge");
        assertThat(EN.messages().get(DissimilarityLevel.ofVerdict("worse_large").messageKey()))
                .isEqualTo("Large difference beyond chance");
    }

    @Test
    void theLeadNamesTheLargestGapOnlyAmongDimensionsWorseThanChanceAndPraisesTheBetterOnes() {
        // age has the larger gap (10 pp) but is as chance; gender (men +6 pp) is worse; district is better
        ProcessMetrics m = metrics(List.of(
                summary("age", 0.1, 0.12, "as_chance"),
                summary("gender", 0.05, 0.06, "worse_small"),
                summary("district", 0.02, 0.12, "better_than_chance")));
        assertThat(new LeadSentence(EN).write(m, "attended"))
                .containsExactly(
                        "40 participants.",
                        "Largest difference beyond chance: Men (gender): 56% of participants but 50% of residents.",
                        "Better than a random sample: district.");
    }

    @Test
    void tooFewInEveryDimensionIsALegitimateAnswer() {
        ProcessMetrics m =
                metrics(List.of(summary("age", 0.3, 0.35, "too_few"), summary("gender", 0.2, 0.2, "too_few")));
        assertThat(new LeadSentence(SV).write(m, "attended"))
                .contains("För få deltagare för att bedöma hur väl de speglar invånarna.");
        assertThat(new SummaryTable(SV).rows(m, "attended"))
                .extracting(SummaryRowView::levelText)
                .containsOnly("För få för att bedöma");
    }

    @Test
    void metricsWithoutVerdictsKeepTheRawThresholds() {
        DimensionSummary old = new DimensionSummary(
                "p",
                "citizens_assembly",
                "attended",
                "age",
                40L,
                0L,
                0L,
                0.159,
                null,
                null,
                null,
                null,
                null,
                5.0,
                "a",
                "population.csv",
                null,
                null,
                0L);
        assertThat(new SummaryTable(SV)
                        .rows(metrics(List.of(old)), "attended")
                        .get(0)
                        .levelText())
                .isEqualTo("Stor skillnad");
    }
}
