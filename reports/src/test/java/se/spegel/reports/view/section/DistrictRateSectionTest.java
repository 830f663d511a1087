package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.chart.DistrictRateChart;
import se.spegel.reports.model.CategoryGapRow;
import se.spegel.reports.model.DimensionSummaryRow;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.ProcessStageRow;
import se.spegel.reports.text.ReportContext;

class DistrictRateSectionTest {

  private final DistrictRateSection section =
      new DistrictRateSection(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));

  private static CategoryGapRow district(String code, Double n, double residents, Double per1000, boolean suppressed) {
    return new CategoryGapRow("p", "open_meeting", "attended", "district", code, n, null, null, null, residents,
        0.5, null, null, per1000, null, null, suppressed);
  }

  private static DimensionSummaryRow summary(Double nValid) {
    return new DimensionSummaryRow("p", "open_meeting", "attended", "district", nValid, 0.0, 0.0, 0.1, null, null,
        null, null, null, null, null, "population.csv", null, null, 0.0);
  }

  private static final ProcessStageRow STAGE = new ProcessStageRow("p", "P", "open_meeting", null, null, 2024, null,
      null, "attended", 0, 60.0, 4.0, 6.0, null, null, null);

  private static final List<CategoryGapRow> ROWS = List.of(
      district("A", 40.0, 8000, 5.0, false), district("B", null, 2000, null, true));

  @Test
  void barsLeaveOutWithheldDistrictsAndTheReferenceIsParticipantsWithADistrictPer1000Residents() {
    ProcessMetrics metrics = new ProcessMetrics("p", ROWS, List.of(summary(43.0)), List.of(STAGE));
    assertThat(section.bars(metrics, "attended")).extracting(DistrictRateChart.Bar::code).containsExactly("A");
    assertThat(section.overall(metrics, "attended")).hasValueSatisfying(r -> assertThat(r).isCloseTo(4.3, within(1e-9)));
  }

  @Test
  void withAWithheldDistrictCountTheReferenceFallsBackToTheStagesParticipantsInsideTheArea() {
    ProcessMetrics metrics = new ProcessMetrics("p", ROWS, List.of(summary(null)), List.of(STAGE));
    // (60 − 4 outside the area − 6 outside the ages) / 10 000 residents
    assertThat(section.overall(metrics, "attended")).hasValueSatisfying(r -> assertThat(r).isCloseTo(5.0, within(1e-9)));
  }
}
