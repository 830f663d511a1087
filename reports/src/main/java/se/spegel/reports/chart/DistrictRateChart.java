package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * Participation per 1 000 residents by district: a horizontal bar per district with its value, and the
 * process-wide rate as a dashed reference line.
 */
public final class DistrictRateChart {

    public static final int WIDTH = 720;
    private static final String SERIES = "per1000";

    /** One district: code, label, participants per 1 000 residents. */
    public record Bar(String code, String label, double per1000) {}

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public DistrictRateChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    public static int height(int districts) {
        return 120 + 30 * districts;
    }

    /** @param decimals decimals of the value labels and the reference line's label */
    public JFreeChart create(List<Bar> bars, Double overall, int decimals) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            dataset.addValue(bar.per1000(), SERIES, new CategoryKey(bar.code(), bar.label()));
        }
        CategoryAxis districtAxis = style.categoryAxis(0.3);
        districtAxis.setMaximumCategoryLabelWidthRatio(0.3f);
        districtAxis.setMaximumCategoryLabelLines(2);

        NumberAxis rateAxis = style.valueAxis(
                messages.get("chart.district.axis"), PlainNumberFormat.decimal(numbers, rangeDecimals(bars, overall)));
        double max = bars.stream().mapToDouble(Bar::per1000).max().orElse(1);
        if (overall != null) {
            max = Math.max(max, overall);
        }
        // room to the right of the longest bar for its value label
        rateAxis.setRange(0, max > 0 ? max * 1.25 : 1);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.OVER);
        renderer.setSeriesOutlinePaint(0, ChartStyle.OVER_OUTLINE);
        renderer.setDrawBarOutline(true);
        renderer.setMaximumBarWidth(0.1);
        renderer.setDefaultItemLabelGenerator(
                new ItemLabels((column, value) -> numbers.decimal(value.doubleValue(), decimals)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(style.valueLabelFont());
        renderer.setDefaultItemLabelPaint(ChartStyle.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);

        CategoryPlot plot = new CategoryPlot(dataset, districtAxis, rateAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        style.stylePlot(plot, new RectangleInsets(8, 4, 4, 16));
        LegendItemCollection legend = new LegendItemCollection();
        if (overall != null) {
            BasicStroke dashed =
                    new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
            ValueMarker marker = new ValueMarker(overall, ChartStyle.UNDER_OUTLINE, dashed);
            // behind the bars and their value labels
            plot.addRangeMarker(marker, Layer.BACKGROUND);
            // the legend shows a dashed line, as drawn
            legend.add(new LegendItem(
                    messages.get("chart.district.overall", numbers.decimal(overall, decimals)),
                    null,
                    null,
                    null,
                    false,
                    new Rectangle(0, 0, 1, 1),
                    false,
                    ChartStyle.UNDER_OUTLINE,
                    false,
                    ChartStyle.UNDER_OUTLINE,
                    dashed,
                    true,
                    new Line2D.Double(-10, 0, 10, 0),
                    dashed,
                    ChartStyle.UNDER_OUTLINE));
        }
        plot.setFixedLegendItems(legend);

        JFreeChart chart = style.chart(plot, overall != null);
        return chart;
    }

    /** Whole numbers on the axis, one decimal when every rate is small. */
    private static int rangeDecimals(List<Bar> bars, Double overall) {
        double max = bars.stream().mapToDouble(Bar::per1000).max().orElse(0);
        return Math.max(max, overall == null ? 0 : overall) < 5 ? 1 : 0;
    }
}
