package se.spegel.reports.view;

import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.chart.RatioColorScale;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ComparisonView.HeatmapCellView;
import se.spegel.reports.view.ComparisonView.HeatmapLegendView;

/**
 * Cells of a ratio heat map (templates/heatmap.ftlh): the ratio as text on the colour of
 * {@link RatioColorScale}, a withheld mark, or blank; and the legend of the colour scale.
 */
final class HeatmapCells {

    private static final double[] LEGEND_RATIOS = {1 / 3.0, 0.5, 0.75, 1, 1.33, 2, 3};

    private final ReportContext context;

    HeatmapCells(ReportContext context) {
        this.context = context;
    }

    /** A ratio, with an optional second line ({@code detail}) and tooltip. */
    HeatmapCellView ratio(double ratio, String detail, String title) {
        return new HeatmapCellView(
                context.numbers().decimal(ratio, 2),
                detail,
                RatioColorScale.background(ratio),
                RatioColorScale.text(ratio),
                "ratio",
                title);
    }

    HeatmapCellView withheld() {
        return withheld(context.messages().get("comparison.heatmap.withheld"));
    }

    /** A withheld cell with its own tooltip. */
    HeatmapCellView withheld(String title) {
        return new HeatmapCellView(
                context.messages().get("count.suppressedMarker"), "", "#eeeeee", "#444444", "withheld", title);
    }

    HeatmapCellView missing() {
        return new HeatmapCellView(
                "", "", "#ffffff", "#222222", "missing", context.messages().get("comparison.heatmap.missing"));
    }

    List<HeatmapLegendView> legend() {
        List<HeatmapLegendView> legend = new ArrayList<>();
        for (double ratio : LEGEND_RATIOS) {
            legend.add(new HeatmapLegendView(
                    context.numbers().decimal(ratio, 2),
                    RatioColorScale.background(ratio),
                    RatioColorScale.text(ratio)));
        }
        return legend;
    }
}
