package se.spegel.reports.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jfree.chart.ui.Drawable;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A choropleth of the districts (drawn with JTS's ShapeWriter, scaled to the box, north up; the shapes are
 * already SWEREF 99 TM metres): each district coloured by its class of {@link ChoroplethScale} and
 * labelled with its value, so the map is readable without telling colours apart; withheld districts
 * hatched and marked; a legend with the classes, the hatching and "no value".
 */
public final class DistrictMapChart implements Drawable {

    public static final int WIDTH = 720;
    private static final int MAP_WIDTH = 470;
    private static final int MARGIN = 12;
    private static final int LEGEND_X = MAP_WIDTH + 2 * MARGIN + 8;
    private static final Color EDGE = new Color(0x55, 0x55, 0x55);
    private static final Color NO_VALUE = new Color(0xe4, 0xe4, 0xe4);
    private static final Color HATCH_GROUND = new Color(0xf6, 0xf6, 0xf6);
    private static final Color HATCH = new Color(0x8c, 0x8c, 0x8c);

    /** One district on the map: its shape, its value (null: no value), whether its count is withheld. */
    public record Area(String code, String label, Geometry shape, Double value, boolean withheld) {}

    /** The legend's texts: its title, the withheld and no-value entries, and the label marking withheld districts. */
    public record Legend(String title, String withheld, String noValue, String withheldMarker) {}

    private final List<Area> areas;
    private final ChoroplethScale scale;
    private final DoubleFunction<String> format;
    private final Legend legend;
    private final Font font;
    private final Envelope extent;
    private final int height;

    public DistrictMapChart(
            List<Area> areas, ChoroplethScale scale, DoubleFunction<String> format, Legend legend, ChartStyle style) {
        this.areas = List.copyOf(areas);
        this.scale = scale;
        this.format = format;
        this.legend = legend;
        this.font = style.tickFont().deriveFont(12f);
        this.extent = new Envelope();
        areas.forEach(a -> extent.expandToInclude(a.shape().getEnvelopeInternal()));
        // the map's height follows the districts' aspect ratio, within limits that keep the legend whole
        double aspect = extent.getWidth() > 0 ? extent.getHeight() / extent.getWidth() : 1;
        this.height = (int) Math.round(Math.max(300, Math.min(640, MAP_WIDTH * aspect + 2 * MARGIN)));
    }

    public int height() {
        return height;
    }

    /** A point of SWEREF 99 TM metres on the page: scaled to fit the map box, centred, north up. */
    private Point2D toPage(double east, double north) {
        double box = height - 2 * MARGIN;
        double factor =
                Math.min(MAP_WIDTH / Math.max(extent.getWidth(), 1e-9), box / Math.max(extent.getHeight(), 1e-9));
        double left = MARGIN + (MAP_WIDTH - extent.getWidth() * factor) / 2;
        double top = MARGIN + (box - extent.getHeight() * factor) / 2;
        return new Point2D.Double(left + (east - extent.getMinX()) * factor, top + (extent.getMaxY() - north) * factor);
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(ChartStyle.BACKGROUND);
        g.fill(area);
        ShapeWriter writer = new ShapeWriter((c, view) -> view.setLocation(toPage(c.x, c.y)));
        g.setFont(font);
        for (Area district : areas) {
            Shape shape = writer.toShape(district.shape());
            if (district.withheld()) {
                hatch(g, shape);
            } else {
                g.setPaint(fill(district));
                g.fill(shape);
            }
            g.setPaint(EDGE);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(shape);
        }
        for (Area district : areas) {
            label(g, writer.toShape(district.shape()).getBounds2D(), district);
        }
        drawLegend(g);
    }

    private Color fill(Area district) {
        return district.withheld()
                ? HATCH_GROUND
                : district.value() == null ? NO_VALUE : scale.colour(district.value());
    }

    /** The value (or the withheld marker) at a point inside the district, where the district is wide enough. */
    private void label(Graphics2D g, Rectangle2D bounds, Area district) {
        String text = district.withheld()
                ? legend.withheldMarker()
                : district.value() == null ? null : format.apply(district.value());
        FontMetrics metrics = g.getFontMetrics();
        if (text == null || bounds.getWidth() < metrics.stringWidth(text) + 4 || bounds.getHeight() < 14) {
            return;
        }
        Point inside = district.shape().getInteriorPoint();
        Point2D at = toPage(inside.getX(), inside.getY());
        g.setPaint(TextContrast.textOn(fill(district)));
        g.drawString(text, (float) (at.getX() - metrics.stringWidth(text) / 2.0), (float)
                (at.getY() + metrics.getAscent() / 2.0 - 1));
    }

    /** Diagonal lines clipped to the shape, on a light ground: withheld is told by pattern, not colour. */
    private static void hatch(Graphics2D g, Shape shape) {
        g.setPaint(HATCH_GROUND);
        g.fill(shape);
        Shape clip = g.getClip();
        g.clip(shape);
        Rectangle2D b = shape.getBounds2D();
        g.setPaint(HATCH);
        g.setStroke(new BasicStroke(1.2f));
        for (double d = -b.getHeight(); d < b.getWidth(); d += 7) {
            g.draw(new Line2D.Double(b.getMinX() + d, b.getMaxY(), b.getMinX() + d + b.getHeight(), b.getMinY()));
        }
        g.setClip(clip);
    }

    private void drawLegend(Graphics2D g) {
        g.setPaint(ChartStyle.TEXT);
        g.setFont(font.deriveFont(Font.BOLD));
        int y = MARGIN + 14;
        for (String line : wrap(legend.title(), g.getFontMetrics(), WIDTH - LEGEND_X - MARGIN)) {
            g.drawString(line, LEGEND_X, y);
            y += 16;
        }
        g.setFont(font);
        y += 6;
        for (int i = ChoroplethScale.CLASSES - 1; i >= 0; i--) {
            swatch(g, y, ChoroplethScale.colourOfClass(i), false);
            String range = format.apply(scale.lower(i)) + "\u2013" + format.apply(scale.lower(i + 1));
            g.setPaint(ChartStyle.TEXT);
            g.drawString(range, LEGEND_X + 32, y + 13);
            y += 22;
        }
        y += 8;
        swatch(g, y, HATCH_GROUND, true);
        g.setPaint(ChartStyle.TEXT);
        g.drawString(legend.withheld(), LEGEND_X + 32, y + 13);
        y += 22;
        swatch(g, y, NO_VALUE, false);
        g.setPaint(ChartStyle.TEXT);
        g.drawString(legend.noValue(), LEGEND_X + 32, y + 13);
    }

    private static void swatch(Graphics2D g, int y, Color fill, boolean hatched) {
        Rectangle2D box = new Rectangle2D.Double(LEGEND_X, y, 24, 17);
        if (hatched) {
            hatch(g, box);
        } else {
            g.setPaint(fill);
            g.fill(box);
        }
        g.setPaint(EDGE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(box);
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && metrics.stringWidth(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
