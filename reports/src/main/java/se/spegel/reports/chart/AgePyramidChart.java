package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;

/**
 * The age pyramid: men to the left, women to the right, oldest band on top; residents as wide light
 * bars with an outline, participants as narrower solid bars on top of them.
 */
public final class AgePyramidChart {

    public static final int WIDTH = 720;
    private static final double CATEGORY_MARGIN = 0.15;
    private static final double AXIS_MARGIN = 0.02;

    private final ChartStyle style;
    private final DisplayNumbers numbers;
    private final Messages messages;

    public AgePyramidChart(ChartStyle style, DisplayNumbers numbers, Messages messages) {
        this.style = style;
        this.numbers = numbers;
        this.messages = messages;
    }

    public static int height(int bands) {
        return 150 + 30 * bands;
    }

    public JFreeChart create(AgePyramidData data) {
        List<AgePyramidData.Band> oldestFirst = new ArrayList<>(data.bands());
        Collections.reverse(oldestFirst);
        String men = messages.get("chart.pyramid.men");
        String women = messages.get("chart.pyramid.women");
        DefaultCategoryDataset residents = new DefaultCategoryDataset();
        DefaultCategoryDataset participants = new DefaultCategoryDataset();
        for (AgePyramidData.Band band : oldestFirst) {
            CategoryKey key = new CategoryKey(band.code(), band.label());
            residents.addValue(negate(band.menResidents()), men, key);
            residents.addValue(band.womenResidents(), women, key);
            participants.addValue(negate(band.menParticipants()), men, key);
            participants.addValue(band.womenParticipants(), women, key);
        }

        CategoryAxis ageAxis = style.categoryAxis(CATEGORY_MARGIN);
        ageAxis.setLowerMargin(AXIS_MARGIN);
        ageAxis.setUpperMargin(AXIS_MARGIN);

        NumberAxis shareAxis =
                style.valueAxis(messages.get("chart.pyramid.axis"), SignedNumberFormat.absolutePercent(numbers, 0));
        shareAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        double limit = Math.max(2, Math.ceil(data.reach() * 1.1));
        shareAxis.setRange(-limit, limit);

        CategoryPlot plot = new CategoryPlot(residents, ageAxis, shareAxis, residentRenderer());
        plot.setDataset(1, participants);
        plot.setRenderer(1, participantRenderer(oldestFirst.size()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.ZERO_LINE, new BasicStroke(1.2f)));
        plot.setFixedLegendItems(legend(men, women));
        style.stylePlot(plot, new RectangleInsets(12, 4, 4, 16));

        JFreeChart chart = style.chart(plot, true);
        return chart;
    }

    private static Double negate(Double value) {
        return value == null ? null : -value;
    }

    private static StackedBarRenderer residentRenderer() {
        StackedBarRenderer renderer = baseRenderer();
        renderer.setSeriesPaint(0, ChartStyle.MEN_LIGHT);
        renderer.setSeriesPaint(1, ChartStyle.WOMEN_LIGHT);
        renderer.setDefaultOutlinePaint(ChartStyle.RESIDENT_OUTLINE);
        renderer.setDrawBarOutline(true);
        return renderer;
    }

    private static StackedBarRenderer participantRenderer(int bands) {
        StackedBarRenderer renderer = baseRenderer();
        renderer.setSeriesPaint(0, ChartStyle.MEN);
        renderer.setSeriesPaint(1, ChartStyle.WOMEN);
        renderer.setDrawBarOutline(false);
        // half as thick as the residents' bars, which fill the category less its margins
        double residentsBar = (1 - CATEGORY_MARGIN - 2 * AXIS_MARGIN) / Math.max(1, bands);
        renderer.setMaximumBarWidth(residentsBar * 0.5);
        return renderer;
    }

    private static StackedBarRenderer baseRenderer() {
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        return renderer;
    }

    private LegendItemCollection legend(String men, String women) {
        LegendItemCollection items = new LegendItemCollection();
        String residents = messages.get("chart.pyramid.residents");
        String participants = messages.get("chart.pyramid.participants");
        items.add(GapChart.legendItem(men + ", " + residents, ChartStyle.MEN_LIGHT, ChartStyle.RESIDENT_OUTLINE));
        items.add(GapChart.legendItem(men + ", " + participants, ChartStyle.MEN, ChartStyle.MEN));
        items.add(GapChart.legendItem(women + ", " + residents, ChartStyle.WOMEN_LIGHT, ChartStyle.RESIDENT_OUTLINE));
        items.add(GapChart.legendItem(women + ", " + participants, ChartStyle.WOMEN, ChartStyle.WOMEN));
        return items;
    }
}
