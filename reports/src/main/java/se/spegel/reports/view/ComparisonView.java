package se.spegel.reports.view;

import java.util.List;
import se.spegel.reports.view.ReportView.ChartView;

/**
 * What templates/comparison.ftlh shows: every process of a run at its last funnel stage, side by side.
 * Every text is already formatted in the report's language; the template escapes it.
 */
public record ComparisonView(
        String lang,
        String title,
        String lead,
        List<String> dimensions,
        List<ProcessRowView> processes,
        List<String> tableNotes,
        ChartView chart,
        List<HeatmapColumnView> heatmapColumns,
        List<HeatmapGroupView> heatmapGroups,
        List<HeatmapLegendView> heatmapLegend,
        List<String> heatmapNotes) {

    /** A row of the D table: one process, its facts, D per dimension (same order as dimensions) and mean D. */
    public record ProcessRowView(
            String name, String method, String details, String n, List<DCellView> cells, DCellView mean) {}

    /** A D value with its traffic light; an empty text when the process has no such dimension. */
    public record DCellView(String text, String levelClass, String levelText, boolean present) {}

    /** A process column of the heat map. */
    public record HeatmapColumnView(String method, String name) {}

    /** The categories of one dimension. */
    public record HeatmapGroupView(String dimension, List<HeatmapRowView> rows) {}

    /** One category: a cell per process. */
    public record HeatmapRowView(String category, List<HeatmapCellView> cells) {}

    /**
     * One cell: the ratio as text ("0,85"), "×" when withheld, "" when missing; an optional second line
     * (detail); inline colours (#rrggbb) and a CSS class (ratio, withheld, missing).
     */
    public record HeatmapCellView(
            String text, String detail, String background, String color, String cssClass, String title) {}

    /** A swatch of the colour scale. */
    public record HeatmapLegendView(String text, String background, String color) {}
}
