package se.spegel.reports.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * The grouped bar chart of the comparison report: D per dimension (a group of horizontal bars per
 * dimension), a bar per process. Every bar carries its value, and the series' fills differ in lightness,
 * so the chart reads in black and white too.
 */
public final class ComparisonChart {

    public static final int WIDTH = 720;

    /** A bar: process series key (unique) and label, dimension key and label, D (0–1), or null. */
    public record Bar(String processKey, String processLabel, String dimension, String dimensionLabel, Double d) {}

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public ComparisonChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    public static int height(int dimensions, int processes) {
        return 110 + 24 * processes + dimensions * (processes * 20 + 18);
    }

    public JFreeChart create(List<Bar> bars) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            dataset.addValue(
                    bar.d() == null ? null : 100 * bar.d(),
                    new CategoryKey(bar.processKey(), bar.processLabel()),
                    new CategoryKey(bar.dimension(), bar.dimensionLabel()));
        }
        CategoryAxis dimensionAxis = style.categoryAxis(0.25);
        dimensionAxis.setMaximumCategoryLabelWidthRatio(0.28f);
        dimensionAxis.setMaximumCategoryLabelLines(2);
        dimensionAxis.setLowerMargin(0.02);
        dimensionAxis.setUpperMargin(0.02);

        NumberAxis dAxis =
                style.valueAxis(messages.get("chart.comparison.axis"), PlainNumberFormat.percent(numbers, 0));
        double max = bars.stream()
                .filter(b -> b.d() != null)
                .mapToDouble(b -> 100 * b.d())
                .max()
                .orElse(0);
        // room right of the longest bar for its value label
        double limit = Math.max(10, Math.ceil(max * 1.25 + 3));
        dAxis.setRange(0, limit);
        dAxis.setTickUnit(new NumberTickUnit(GapChart.tickStep(limit / 2)));

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setItemMargin(0.05);
        ChartStyle.seriesFills(renderer, dataset.getRowCount());
        renderer.setDefaultItemLabelGenerator(
                new ItemLabels((column, value) -> numbers.percent(value.doubleValue() / 100, 1)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.legendFont());
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryPlot plot = new CategoryPlot(dataset, dimensionAxis, dAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        style.stylePlot(plot, new RectangleInsets(8, 4, 4, 16));

        JFreeChart chart = style.chart(plot, true);
        return chart;
    }
}
