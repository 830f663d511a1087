package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import se.spegel.reports.text.DisplayNumbers;

/**
 * Draws the bars of a horizontal gap chart: over-representation dark, under-representation light,
 * each with its interval as a whisker and its signed value ("+4,2", "−3,0") beyond the whisker, so the
 * chart reads in black and white too.
 */
final class GapBarRenderer extends BarRenderer {

    private static final long serialVersionUID = 1L;
    private static final double WHISKER_CAP = 5;
    private static final double LABEL_GAP = 5;

    private final transient List<GapBar> bars;
    private final transient ChartStyle style;
    private final transient DisplayNumbers numbers;

    GapBarRenderer(List<GapBar> bars, ChartStyle style, DisplayNumbers numbers) {
        this.bars = List.copyOf(bars);
        this.style = style;
        this.numbers = numbers;
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(true);
        setDefaultOutlineStroke(new BasicStroke(1f));
        setMaximumBarWidth(0.12);
        setDefaultItemLabelsVisible(false);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        return isOver(column) ? ChartStyle.OVER : ChartStyle.UNDER;
    }

    @Override
    public Paint getItemOutlinePaint(int row, int column) {
        return isOver(column) ? ChartStyle.OVER_OUTLINE : ChartStyle.UNDER_OUTLINE;
    }

    private boolean isOver(int column) {
        return column < bars.size() && bars.get(column).gapPp() >= 0;
    }

    @Override
    public void drawItem(
            Graphics2D g2,
            CategoryItemRendererState state,
            Rectangle2D dataArea,
            CategoryPlot plot,
            CategoryAxis domainAxis,
            ValueAxis rangeAxis,
            CategoryDataset dataset,
            int row,
            int column,
            int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != getPassCount() - 1 || column >= bars.size()) {
            return;
        }
        GapBar bar = bars.get(column);
        double y = domainAxis.getCategoryMiddle(column, dataset.getColumnCount(), dataArea, plot.getDomainAxisEdge());
        double xEnd = rangeAxis.valueToJava2D(bar.gapPp(), dataArea, plot.getRangeAxisEdge());
        double outer = xEnd;
        if (bar.lowPp() != null && bar.highPp() != null) {
            double xLow = rangeAxis.valueToJava2D(bar.lowPp(), dataArea, plot.getRangeAxisEdge());
            double xHigh = rangeAxis.valueToJava2D(bar.highPp(), dataArea, plot.getRangeAxisEdge());
            drawWhisker(g2, xLow, xHigh, y);
            outer = bar.gapPp() >= 0 ? Math.max(xEnd, Math.max(xLow, xHigh)) : Math.min(xEnd, Math.min(xLow, xHigh));
        }
        g2.setFont(style.valueLabelFont());
        g2.setPaint(ChartStyle.TEXT);
        String label = bar.valueLabel() != null ? bar.valueLabel() : numbers.signed(bar.gapPp(), 1);
        if (bar.gapPp() >= 0) {
            TextUtils.drawAlignedString(label, g2, (float) (outer + LABEL_GAP), (float) y, TextAnchor.CENTER_LEFT);
        } else {
            TextUtils.drawAlignedString(label, g2, (float) (outer - LABEL_GAP), (float) y, TextAnchor.CENTER_RIGHT);
        }
    }

    private void drawWhisker(Graphics2D g2, double xLow, double xHigh, double y) {
        g2.setPaint(ChartStyle.WHISKER);
        g2.setStroke(new BasicStroke(1.3f));
        g2.draw(new Line2D.Double(xLow, y, xHigh, y));
        g2.draw(new Line2D.Double(xLow, y - WHISKER_CAP, xLow, y + WHISKER_CAP));
        g2.draw(new Line2D.Double(xHigh, y - WHISKER_CAP, xHigh, y + WHISKER_CAP));
    }
}
