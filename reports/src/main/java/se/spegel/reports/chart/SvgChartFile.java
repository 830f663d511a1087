package se.spegel.reports.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Writes a JFreeChart as a standalone SVG file with JFreeSVG, and as PNG beside it on request. */
public final class SvgChartFile {

    private SvgChartFile() {}

    /** Pixel density of PNG copies: twice the layout size, so they stay sharp on slides and in print. */
    private static final int PNG_SCALE = 2;

    public static void write(JFreeChart chart, int width, int height, Path file, boolean png) throws IOException {
        write(chart, width, height, file);
        if (png) {
            String name = file.getFileName().toString().replaceFirst("\\.svg$", "") + ".png";
            BufferedImage image = chart.createBufferedImage(width * PNG_SCALE, height * PNG_SCALE, width, height, null);
            ImageIO.write(image, "png", file.resolveSibling(name).toFile());
        }
    }

    /** A drawing that is not a JFreeChart (the district map), as SVG and, on request, PNG. */
    public static void write(Drawable drawing, int width, int height, Path file, boolean png) throws IOException {
        write(drawing, width, height, file);
        if (png) {
            String name = file.getFileName().toString().replaceFirst("\\.svg$", "") + ".png";
            BufferedImage image = new BufferedImage(width * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.scale(PNG_SCALE, PNG_SCALE);
            drawing.draw(g, new Rectangle(0, 0, width, height));
            g.dispose();
            ImageIO.write(image, "png", file.resolveSibling(name).toFile());
        }
    }

    static void write(Drawable chart, int width, int height, Path file) throws IOException {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setFontFunction(family -> ChartStyle.SVG_FONT_FAMILY);
        // JFreeSVG prefixes clip-path ids with System.nanoTime(); a prefix from the file name keeps the
        // ids unique per chart and the file byte-identical from one run to the next
        g2.setDefsKeyPrefix("c-" + file.getFileName().toString().replaceAll("[^A-Za-z0-9-]", "-"));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String element = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null)
                // JFreeSVG writes width='720.0'; whole pixels are what the PDF renderer's SVG reader accepts
                .replaceFirst(
                        "width='" + width + "\\.0' height='" + height + "\\.0'",
                        "width='" + width + "' height='" + height + "'");
        Files.createDirectories(file.getParent());
        Files.writeString(
                file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n", StandardCharsets.UTF_8);
    }
}
