package se.spegel.reports.view;

import java.util.List;
import se.spegel.reports.view.ComparisonView.DCellView;
import se.spegel.reports.view.ComparisonView.HeatmapColumnView;
import se.spegel.reports.view.ComparisonView.HeatmapGroupView;
import se.spegel.reports.view.ComparisonView.HeatmapLegendView;
import se.spegel.reports.view.ReportView.ChartView;

/**
 * What templates/method-comparison.ftlh shows: dialogue methods compared over many processes. Every
 * text is already formatted in the report's language; the template escapes it.
 */
public record MethodComparisonView(
        String lang,
        String title,
        String lead,
        List<String> facts,
        boolean sizeFair,
        List<SummaryGroupView> summary,
        List<String> summaryNotes,
        ChartView chart,
        List<String> chartNotes,
        List<HeatmapColumnView> heatmapColumns,
        List<HeatmapGroupView> heatmapGroups,
        List<HeatmapLegendView> heatmapLegend,
        List<String> heatmapNotes,
        List<String> rankHeaders,
        List<RankingGroupView> ranking,
        List<String> rankingNotes,
        List<String> trendDimensions,
        List<TrendMethodView> trend,
        List<String> trendNotes,
        List<String> about) {

    /** The methods' rows of one dimension. */
    public record SummaryGroupView(String dimension, List<SummaryRowView> rows) {}

    /**
     * D of one method: with size-fair columns, median participants, the mean excess over chance (with
     * the traffic light and its interval) and the processes worse than chance; then raw D's mean
     * (with the light only where there is no excess to carry it) and interval, median with interval, range.
     */
    public record SummaryRowView(
            String method,
            String n,
            String participants,
            DCellView excess,
            String excessInterval,
            String worse,
            DCellView mean,
            String meanInterval,
            String median,
            String medianInterval,
            String range) {}

    /** The groups of one dimension, each with its methods in rank order. */
    public record RankingGroupView(String dimension, List<RankingRowView> rows) {}

    /** One group: a cell per rank (as many as rankHeaders; a blank method where fewer methods were ranked). */
    public record RankingRowView(String category, List<RankCellView> cells) {}

    /** A ranked method and its figures (share significantly under-represented, median ratio). */
    public record RankCellView(String method, String detail) {}

    /** The years of one method. */
    public record TrendMethodView(String method, List<TrendRowView> rows) {}

    /** One year: processes, then mean D per dimension (in trendDimensions order). */
    public record TrendRowView(String year, String n, List<DCellView> cells) {}
}
