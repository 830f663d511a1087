package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * The diverging bar chart of one dimension: a horizontal bar per category for the gap in percentage
 * points (participants' share − residents' share), with its interval, a zero line and a legend.
 */
public final class GapChart {

    public static final int WIDTH = 720;
    private static final String SERIES = "gap";

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public GapChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    /** Height in pixels for a chart of this many categories. */
    public static int height(int categories) {
        return 130 + 34 * categories;
    }

    public JFreeChart create(List<GapBar> bars) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (GapBar bar : bars) {
            dataset.addValue(bar.gapPp(), SERIES, new CategoryKey(bar.code(), bar.label()));
        }
        CategoryAxis categoryAxis = style.categoryAxis(0.25);
        categoryAxis.setMaximumCategoryLabelWidthRatio(0.36f);
        categoryAxis.setMaximumCategoryLabelLines(2);
        categoryAxis.setLowerMargin(0.04);
        categoryAxis.setUpperMargin(0.04);

        NumberAxis valueAxis = style.valueAxis(messages.get("chart.gap.axis"), SignedNumberFormat.signed(numbers, 0));
        double reach = bars.stream().mapToDouble(GapBar::reach).max().orElse(0);
        // room beyond the longest whisker for its value label
        double limit = Math.max(5, Math.ceil(reach * 1.3 + 2));
        valueAxis.setRange(-limit, limit);
        valueAxis.setTickUnit(new NumberTickUnit(tickStep(limit)));

        GapBarRenderer renderer = new GapBarRenderer(bars, style, numbers);
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, new BasicStroke(1.5f)));
        plot.setFixedLegendItems(legend());
        style.stylePlot(plot, new RectangleInsets(8, 4, 4, 16));

        JFreeChart chart = style.chart(plot, true);
        return chart;
    }

    /** A round tick step that gives at most about eleven ticks across the axis, so labels never touch. */
    static double tickStep(double limit) {
        for (double step : new double[] {1, 2, 5, 10, 20, 25, 50}) {
            if (step >= limit / 5) {
                return step;
            }
        }
        return 100;
    }

    private LegendItemCollection legend() {
        LegendItemCollection items = new LegendItemCollection();
        items.add(legendItem(messages.get("chart.gap.over"), ChartStyle.OVER, ChartStyle.OVER_OUTLINE));
        items.add(legendItem(messages.get("chart.gap.under"), ChartStyle.UNDER, ChartStyle.UNDER_OUTLINE));
        return items;
    }

    static LegendItem legendItem(String label, java.awt.Paint fill, java.awt.Paint outline) {
        LegendItem item = new LegendItem(
                label, null, null, null, new Rectangle(0, 0, 14, 14), fill, new BasicStroke(1f), outline);
        return item;
    }
}
