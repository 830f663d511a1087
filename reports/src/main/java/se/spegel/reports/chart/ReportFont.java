package se.spegel.reports.chart;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The faces of DejaVu Sans bundled in {@code se/spegel/reports/fonts/} (see its README and LICENSE): embedded
 * into every report.pdf and used to lay out the charts, so the reports never depend on the fonts of the machine.
 */
public enum ReportFont {
    REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL),
    BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
    OBLIQUE("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);

    /** The family name; the first name of the template's CSS font-family and of the charts' SVG font-family. */
    public static final String FAMILY = "DejaVu Sans";

    /** The bundled font files' folder on the classpath (beside the templates, shared by the charts and the PDF). */
    private static final String FONTS = "/se/spegel/reports/fonts/";

    private final String file;
    private final int weight;
    private final FontStyle style;

    ReportFont(String file, int weight, FontStyle style) {
        this.file = file;
        this.weight = weight;
        this.style = style;
    }

    public int weight() {
        return weight;
    }

    public FontStyle style() {
        return style;
    }

    /** A new stream of the TTF file; the caller closes it. */
    public InputStream open() {
        InputStream in = ReportFont.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("bundled font missing from the classpath: " + FONTS + file);
        }
        return in;
    }

    /**
     * Registers the bundled faces with AWT (once; later calls return at once) and returns the family to
     * draw charts with: DejaVu Sans, or the JDK's SansSerif where AWT cannot load fonts at all. JFreeChart
     * measures chart text with it, and the PDF's SVG renderer (Batik) draws chart text with it, so both
     * use the bundled font whatever the machine has installed.
     */
    public static String registerWithAwt() {
        return AwtFamily.NAME;
    }

    private static final class AwtFamily {
        static final String NAME = register();

        private static String register() {
            try {
                GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
                for (ReportFont face : values()) {
                    env.registerFont(face.awtFont()); // false when the machine has DejaVu Sans installed: same font
                }
                return Arrays.asList(env.getAvailableFontFamilyNames()).contains(FAMILY) ? FAMILY : Font.SANS_SERIF;
            } catch (RuntimeException | Error e) {
                return Font.SANS_SERIF;
            }
        }
    }

    /** The face as an AWT font of size 1. */
    Font awtFont() {
        try (InputStream in = open()) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font is not a TrueType font: " + FONTS + file, e);
        }
    }
}
