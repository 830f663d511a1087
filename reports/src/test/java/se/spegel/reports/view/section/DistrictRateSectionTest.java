package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.chart.DistrictRateChart;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

class DistrictRateSectionTest {

    private final DistrictRateSection section =
            new DistrictRateSection(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));

    private static CategoryGap district(String code, Double n, long residents, Double per1000, boolean suppressed) {
        return new CategoryGap(
                "p",
                "open_meeting",
                "attended",
                "district",
                code,
                n,
                null,
                null,
                null,
                residents,
                0.5,
                null,
                null,
                per1000,
                null,
                null,
                suppressed);
    }

    private static DimensionSummary summary(Long nValid) {
        return new DimensionSummary(
                "p",
                "open_meeting",
                "attended",
                "district",
                nValid,
                0L,
                0L,
                0.1,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "population.csv",
                null,
                null,
                0L);
    }

    private static final ProcessSummary STAGE = new ProcessSummary(
            "p", "P", "open_meeting", null, null, 2024, null, null, "attended", 0, 60.0, 4L, 6L, null, null, null);

    private static final List<CategoryGap> ROWS =
            List.of(district("A", 40.0, 8000, 5.0, false), district("B", null, 2000, null, true));

    @Test
    void barsLeaveOutWithheldDistrictsAndTheReferenceIsParticipantsWithADistrictPer1000Residents() {
        ProcessMetrics metrics = new ProcessMetrics("p", ROWS, List.of(summary(43L)), List.of(STAGE));
        assertThat(section.bars(metrics, "attended"))
                .extracting(DistrictRateChart.Bar::code)
                .containsExactly("A");
        assertThat(section.overall(metrics, "attended"))
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(4.3, within(1e-9)));
    }

    @Test
    void withAWithheldDistrictCountTheReferenceFallsBackToTheStagesParticipantsInsideTheArea() {
        ProcessMetrics metrics = new ProcessMetrics("p", ROWS, List.of(summary(null)), List.of(STAGE));
        // (60 − 4 outside the area − 6 outside the ages) / 10 000 residents
        assertThat(section.overall(metrics, "attended"))
                .hasValueSatisfying(r -> assertThat(r).isCloseTo(5.0, within(1e-9)));
    }
}
