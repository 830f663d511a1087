package se.spegel.reports;

import java.util.Map;
import java.util.Optional;
import se.spegel.reports.ReportView.ChartView;

/**
 * The chart files written for one report.
 *
 * @param gaps          chart per plain dimension (dimensions without one get only a table)
 * @param pyramid       the age pyramid, if drawn
 * @param funnel        n and D per stage, if the process has several stages
 * @param districtRates participation per 1 000 by district, if any district rate is published
 */
record ReportCharts(Map<String, ChartView> gaps, Optional<ChartView> pyramid, Optional<ChartView> funnel,
    Optional<ChartView> districtRates) {
}
