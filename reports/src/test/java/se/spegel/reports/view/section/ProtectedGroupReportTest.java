package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.WithheldRange;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.CategoryRowView;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ProcessSummary;

/**
 * A group the cell key method withholds (fewer than 5 of 40) still reads as under-represented:
 * its share range 1/40 .. 4/40 (share_ci_low/high of a withheld row) against 14 % of residents.
 */
class ProtectedGroupReportTest {

    private static final ReportContext SV = ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults());

    private static final ProcessSummary STAGE = new ProcessSummary(
            "p", "P", "citizens_assembly", null, null, 2024, null, null, "attended", 0, 40.0, 0L, 0L, null, null, null);

    /** 16–24: withheld, fewer than 5 of 40 against 14 % of residents; 25–44: 36 of 40 against 86 %. */
    private static ProcessMetrics metrics() {
        CategoryGap withheld = new CategoryGap(
                "p",
                "citizens_assembly",
                "attended",
                "age",
                "16-24",
                null,
                null,
                1 / 40.0,
                4 / 40.0,
                1000L,
                0.14,
                null,
                null,
                null,
                null,
                null,
                true);
        CategoryGap published = new CategoryGap(
                "p",
                "citizens_assembly",
                "attended",
                "age",
                "25-44",
                36.0,
                0.9,
                0.77,
                0.96,
                6000L,
                0.86,
                4.0,
                0.9 / 0.86,
                null,
                null,
                null,
                false);
        return new ProcessMetrics("p", List.of(withheld, published), List.of(), List.of(STAGE));
    }

    @Test
    void theRangeOfAWithheldShareLiesBelowThePopulationShare() {
        CategoryGap row = metrics().gaps("attended", "age").get(0);
        WithheldRange range = WithheldRange.of(row).orElseThrow();
        // by hand: 100 (1/40 - 0.14) = -11.5, 100 (4/40 - 0.14) = -4.0
        assertThat(range.lowPp()).isCloseTo(-11.5, within(1e-9));
        assertThat(range.highPp()).isCloseTo(-4.0, within(1e-9));
        assertThat(range.smallestGapPp()).isCloseTo(-4.0, within(1e-9));
        assertThat(range.nValid()).isEqualTo(40);
    }

    @Test
    void theTableShowsFewerThanFiveWithTheShareAndGapRangesAndMarksTheGroupUnderRepresented() {
        CategoryRowView row = new CategoryTable(SV)
                .section(metrics(), "attended", "age", null)
                .rows()
                .get(0);
        assertThat(row.n()).isEqualTo("<5");
        assertThat(row.share()).isEqualTo("2,5\u201310,0\u00a0%");
        assertThat(row.gap()).isEqualTo("\u221211,5 \u2026 \u22124,0");
        assertThat(row.underRepresented()).isTrue();
        assertThat(row.overRepresented()).isFalse();
    }

    @Test
    void theLeadNamesTheWithheldGroupWhenItsSmallestGapIsTheLargest() {
        // 16-24: fewer than 5 of 40 (at most 10 %) against 30 %: at least 20 points under; 25-44 is 10 points over
        CategoryGap withheld = new CategoryGap(
                "p",
                "citizens_assembly",
                "attended",
                "age",
                "16-24",
                null,
                null,
                1 / 40.0,
                4 / 40.0,
                1000L,
                0.3,
                null,
                null,
                null,
                null,
                null,
                true);
        CategoryGap published = new CategoryGap(
                "p",
                "citizens_assembly",
                "attended",
                "age",
                "25-44",
                36.0,
                0.9,
                0.77,
                0.96,
                6000L,
                0.8,
                10.0,
                0.9 / 0.8,
                null,
                null,
                null,
                false);
        ProcessMetrics m = new ProcessMetrics("p", List.of(withheld, published), List.of(), List.of(STAGE));
        assertThat(new LeadSentence(SV).write(m, "attended"))
                .contains(
                        "Största skillnaden: Personer 16\u201324 år: färre än 5 av 40 deltagare, mot 30\u00a0% av invånarna.");
    }
}
