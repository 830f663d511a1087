package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * The funnel chart: a bar per stage for the participants who reached it (left axis) and a line for the mean
 * dissimilarity D of the stage (right axis, percent), each value written on the chart.
 */
public final class FunnelChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 340;
    private static final String N = "n";
    private static final String D = "d";

    /** One stage: label, participants (null when not publishable), mean D 0–1 (null when not computed). */
    public record Stage(String code, String label, Double n, String nText, Double meanDissimilarity) {}

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public FunnelChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    public JFreeChart create(List<Stage> stages) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset dissimilarity = new DefaultCategoryDataset();
        for (Stage stage : stages) {
            CategoryKey key = new CategoryKey(stage.code(), stage.label());
            counts.addValue(stage.n(), N, key);
            dissimilarity.addValue(stage.meanDissimilarity() == null ? null : 100 * stage.meanDissimilarity(), D, key);
        }
        CategoryAxis stageAxis = new CategoryAxis(null);
        stageAxis.setTickLabelFont(style.categoryFont());
        stageAxis.setTickLabelPaint(ChartStyle.TEXT);
        stageAxis.setMaximumCategoryLabelLines(2);
        stageAxis.setCategoryMargin(0.3);

        NumberAxis countAxis = axis(messages.get("chart.funnel.nAxis"));
        countAxis.setNumberFormatOverride(PlainNumberFormat.decimal(numbers, 0));
        double maxN = stages.stream()
                .filter(s -> s.n() != null)
                .mapToDouble(Stage::n)
                .max()
                .orElse(1);
        countAxis.setRange(0, Math.max(1, maxN * 1.15));
        NumberAxis dAxis = axis(messages.get("chart.funnel.dAxis"));
        dAxis.setNumberFormatOverride(PlainNumberFormat.percent(numbers, 0));
        double maxD = stages.stream()
                .filter(s -> s.meanDissimilarity() != null)
                .mapToDouble(s -> 100 * s.meanDissimilarity())
                .max()
                .orElse(10);
        dAxis.setRange(0, Math.max(10, Math.ceil(maxD * 1.25 / 5) * 5));

        BarRenderer bars = new BarRenderer();
        bars.setBarPainter(new StandardBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, ChartStyle.MEN_LIGHT);
        bars.setSeriesOutlinePaint(0, ChartStyle.OVER_OUTLINE);
        bars.setDrawBarOutline(true);
        bars.setMaximumBarWidth(0.22);
        bars.setDefaultItemLabelGenerator(
                new ItemLabels((column, value) -> stages.get(column).nText()));
        bars.setDefaultItemLabelsVisible(true);
        bars.setDefaultItemLabelFont(style.valueLabelFont());
        bars.setDefaultItemLabelPaint(ChartStyle.TEXT);
        bars.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));

        LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
        line.setSeriesPaint(0, ChartStyle.UNDER_OUTLINE);
        line.setSeriesStroke(0, new BasicStroke(2.5f));
        line.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        line.setDefaultItemLabelGenerator(
                new ItemLabels((column, value) -> numbers.percent(value.doubleValue() / 100, 1)));
        line.setDefaultItemLabelsVisible(true);
        line.setDefaultItemLabelFont(style.valueLabelFont());
        line.setDefaultItemLabelPaint(ChartStyle.UNDER_OUTLINE);
        // above the point, clear of the line
        line.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        line.setItemLabelAnchorOffset(10);

        CategoryPlot plot = new CategoryPlot(counts, stageAxis, countAxis, bars);
        plot.setDataset(1, dissimilarity);
        plot.setRangeAxis(1, dAxis);
        plot.setRenderer(1, line);
        plot.mapDatasetToRangeAxis(1, 1);
        plot.setRangeAxisLocation(0, AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        style.stylePlot(plot, new RectangleInsets(12, 4, 4, 4));
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(GapChart.legendItem(
                messages.get("chart.funnel.nLegend"), ChartStyle.MEN_LIGHT, ChartStyle.OVER_OUTLINE));
        legend.add(GapChart.legendItem(
                messages.get("chart.funnel.dLegend"), ChartStyle.UNDER_OUTLINE, ChartStyle.UNDER_OUTLINE));
        plot.setFixedLegendItems(legend);

        JFreeChart chart = style.chart(plot, true);
        return chart;
    }

    private NumberAxis axis(String label) {
        NumberAxis axis = style.valueAxis(label, null);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }
}
