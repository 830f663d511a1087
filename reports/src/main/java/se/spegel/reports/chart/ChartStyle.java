package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.NumberFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/** Fonts and colours shared by all charts: a font with å, ä, ö, large enough to read, on a light background. */
public final class ChartStyle {

    static final String PREFERRED_FONT = ReportFont.FAMILY;
    /** The font list written into the SVG, so a viewer without DejaVu Sans falls back to a similar font. */
    // unquoted on purpose: JFreeSVG writes single-quoted attributes and does not escape quotes
    static final String SVG_FONT_FAMILY = "DejaVu Sans, Verdana, Segoe UI, Arial, sans-serif";

    static final Color BACKGROUND = Color.WHITE;
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color ZERO_LINE = new Color(0x33, 0x33, 0x33);
    static final Color WHISKER = new Color(0x22, 0x22, 0x22);

    /** Over-representation: dark blue, dark in black and white too. */
    static final Color OVER = new Color(0x1F, 0x5F, 0x8B);

    static final Color OVER_OUTLINE = new Color(0x12, 0x3A, 0x57);
    /** Under-representation: light orange, light in black and white. */
    static final Color UNDER = new Color(0xF4, 0xB0, 0x6A);

    static final Color UNDER_OUTLINE = new Color(0xA8, 0x5A, 0x10);

    static final Color MEN = new Color(0x2C, 0x6E, 0x9E);
    static final Color MEN_LIGHT = new Color(0xC9, 0xDD, 0xEE);
    static final Color WOMEN = new Color(0x9E, 0x3D, 0x6E);
    static final Color WOMEN_LIGHT = new Color(0xEE, 0xD2, 0xE0);
    static final Color RESIDENT_OUTLINE = new Color(0x55, 0x55, 0x55);

    /** Series fills of clearly different lightness (dark, light, middle …), so series read in black and white too. */
    static final Color[] SERIES_FILLS = {
        OVER,
        new Color(0xF4, 0xB0, 0x6A),
        new Color(0x8C, 0x8C, 0x8C),
        new Color(0x9E, 0x3D, 0x6E),
        new Color(0xC9, 0xDD, 0xEE),
        new Color(0x3A, 0x3A, 0x3A)
    };

    private final String family;

    private ChartStyle(String family) {
        this.family = family;
    }

    /**
     * DejaVu Sans from the bundled font files (so text is measured with the font the PDF uses, whatever
     * the machine has installed), else the JDK's SansSerif when AWT cannot load fonts at all.
     */
    public static ChartStyle standard() {
        return new ChartStyle(ReportFont.registerWithAwt());
    }

    Font tickFont() {
        return new Font(family, Font.PLAIN, 13);
    }

    Font axisLabelFont() {
        return new Font(family, Font.PLAIN, 13);
    }

    Font categoryFont() {
        return new Font(family, Font.PLAIN, 13);
    }

    Font valueLabelFont() {
        return new Font(family, Font.BOLD, 12);
    }

    Font legendFont() {
        return new Font(family, Font.PLAIN, 12);
    }

    /** A value axis in the shared look: label and tick labels in the chart fonts, numbers in {@code format}. */
    NumberAxis valueAxis(String label, NumberFormat format) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(axisLabelFont());
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(tickFont());
        axis.setTickLabelPaint(TEXT);
        if (format != null) {
            axis.setNumberFormatOverride(format);
        }
        return axis;
    }

    /** A category axis in the shared look: labels only, no axis line or tick marks. */
    CategoryAxis categoryAxis(double categoryMargin) {
        CategoryAxis axis = new CategoryAxis(null);
        axis.setTickLabelFont(categoryFont());
        axis.setTickLabelPaint(TEXT);
        axis.setCategoryMargin(categoryMargin);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    /** The shared plot look: white, no outline, light grid across the values only. */
    void stylePlot(CategoryPlot plot, RectangleInsets insets) {
        plot.setBackgroundPaint(BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(insets);
    }

    /** Light fills of the same hues, for shapes with dark marks drawn on them (box plots' median and mean). */
    static final Color[] SERIES_LIGHT_FILLS = {
        MEN_LIGHT, new Color(0xFB, 0xE3, 0xC8), new Color(0xDD, 0xDD, 0xDD),
        WOMEN_LIGHT, new Color(0xEE, 0xF4, 0xFA), new Color(0xBB, 0xBB, 0xBB)
    };
    /** Outlines (and whiskers) that go with {@link #SERIES_LIGHT_FILLS}. */
    static final Color[] SERIES_LIGHT_OUTLINES = {
        OVER_OUTLINE, UNDER_OUTLINE, new Color(0x55, 0x55, 0x55), WOMEN, OVER, new Color(0x22, 0x22, 0x22)
    };

    /** Gives each of a renderer's series a light fill of {@link #SERIES_LIGHT_FILLS} and its dark outline. */
    static void seriesLightFills(AbstractRenderer renderer, int seriesCount) {
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, SERIES_LIGHT_FILLS[i % SERIES_LIGHT_FILLS.length]);
            renderer.setSeriesOutlinePaint(i, SERIES_LIGHT_OUTLINES[i % SERIES_LIGHT_OUTLINES.length]);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(1.2f));
        }
    }

    /** Gives each of a renderer's series a fill of {@link #SERIES_FILLS} and a thin dark outline. */
    static void seriesFills(AbstractRenderer renderer, int seriesCount) {
        for (int i = 0; i < seriesCount; i++) {
            renderer.setSeriesPaint(i, SERIES_FILLS[i % SERIES_FILLS.length]);
            renderer.setSeriesOutlinePaint(i, TEXT);
            renderer.setSeriesOutlineStroke(i, new BasicStroke(0.8f));
        }
    }

    /** A chart around the plot in the shared look, with its legend below when it has one. */
    JFreeChart chart(CategoryPlot plot, boolean withLegend) {
        JFreeChart chart = new JFreeChart(null, legendFont(), plot, withLegend);
        chart.setBackgroundPaint(BACKGROUND);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(legendFont());
            legend.setItemPaint(TEXT);
            legend.setBackgroundPaint(BACKGROUND);
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        return chart;
    }
}
