package se.spegel.reports.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.BoxAndWhiskerCalculator;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * Box plots of D per method (a box per method within each dimension): JFreeChart's Tukey box of the
 * processes' D (quartiles, whiskers to the furthest value within 1.5 × IQR, values beyond as circles),
 * the median as a line and the mean as a dot, dark on a light fill.
 */
public final class MethodBoxChart {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 400;

    /** One box: the D (0–1) of every process of a method in a dimension. */
    public record Box(
            String method, String methodLabel, String dimension, String dimensionLabel, List<Double> values) {}

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public MethodBoxChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    public JFreeChart create(List<Box> boxes) {
        DefaultBoxAndWhiskerCategoryDataset dataset = new DefaultBoxAndWhiskerCategoryDataset();
        for (Box box : boxes) {
            dataset.add(
                    item(box.values().stream().map(d -> 100 * d).toList()),
                    new CategoryKey(box.method(), box.methodLabel()),
                    new CategoryKey(box.dimension(), box.dimensionLabel()));
        }
        CategoryAxis dimensionAxis = style.categoryAxis(0.2);
        dimensionAxis.setMaximumCategoryLabelLines(2);
        NumberAxis dAxis =
                style.valueAxis(messages.get("chart.comparison.axis"), PlainNumberFormat.percent(numbers, 0));
        double max = boxes.stream()
                .flatMap(b -> b.values().stream())
                .mapToDouble(d -> 100 * d)
                .max()
                .orElse(0);
        double limit = Math.max(10, Math.ceil(max * 1.05 + 1));
        dAxis.setRange(0, limit);
        dAxis.setTickUnit(new NumberTickUnit(GapChart.tickStep(limit)));

        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setFillBox(true);
        renderer.setMeanVisible(true);
        renderer.setMedianVisible(true);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setWhiskerWidth(0.6);
        renderer.setItemMargin(0.12);
        renderer.setMaximumBarWidth(0.09);
        renderer.setArtifactPaint(ChartStyle.TEXT);
        ChartStyle.seriesLightFills(renderer, dataset.getRowCount());

        CategoryPlot plot = new CategoryPlot(dataset, dimensionAxis, dAxis, renderer);
        style.stylePlot(plot, new RectangleInsets(8, 4, 4, 8));
        return style.chart(plot, true);
    }

    /**
     * JFreeChart's statistics of the values, with every value beyond the whiskers drawn as a circle:
     * its "far out" bounds (2 × IQR) are set to the extremes, as otherwise such values would show only as
     * a triangle at the plot's edge.
     */
    static BoxAndWhiskerItem item(List<Double> percents) {
        BoxAndWhiskerItem tukey = BoxAndWhiskerCalculator.calculateBoxAndWhiskerStatistics(percents);
        double min = percents.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double max = percents.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        return new BoxAndWhiskerItem(
                tukey.getMean(),
                tukey.getMedian(),
                tukey.getQ1(),
                tukey.getQ3(),
                tukey.getMinRegularValue(),
                tukey.getMaxRegularValue(),
                min,
                max,
                tukey.getOutliers());
    }
}
