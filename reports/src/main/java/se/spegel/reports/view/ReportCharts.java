package se.spegel.reports.view;

import java.util.Map;
import java.util.Optional;
import se.spegel.reports.view.ReportView.ChartView;

/**
 * The chart files written for one report.
 *
 * @param gaps          chart per plain dimension (dimensions without one get only a table)
 * @param pyramid       the age pyramid, if drawn
 * @param funnel        n and D per stage, if the process has several stages
 * @param districtRates participation per 1 000 by district, if any district rate is published
 * @param districtMaps  the district maps drawn from a boundaries file (none without one)
 */
public record ReportCharts(
        Map<String, ChartView> gaps,
        Optional<ChartView> pyramid,
        Optional<ChartView> funnel,
        Optional<ChartView> districtRates,
        DistrictMaps districtMaps) {

    /**
     * The district maps of a report.
     *
     * @param charts        participation per 1 000, then the response rate where drawn
     * @param responseRates the response rate's text per district code (empty without an invitation stage)
     * @param notes         what the reader should know (districts without a shape)
     */
    public record DistrictMaps(
            java.util.List<ChartView> charts, Map<String, String> responseRates, java.util.List<String> notes) {
        public static final DistrictMaps NONE = new DistrictMaps(java.util.List.of(), Map.of(), java.util.List.of());
    }
}
