package se.spegel.reports.chart;

import java.awt.Color;

/**
 * The heat map's diverging colour scale around a ratio of 1, on a log scale so that ½ and 2 are
 * equally far from white: under-representation in orange, over-representation in blue (the colours of
 * the gap charts), full colour at {@link #SATURATION_RATIO} or its inverse.
 */
public final class RatioColorScale {

    static final double SATURATION_RATIO = 3.0;
    private static final Color WHITE = Color.WHITE;
    private static final Color UNDER = new Color(0xE0, 0x7B, 0x1F);
    private static final Color OVER = ChartStyle.OVER;

    private RatioColorScale() {}

    /** Intensity 0–1 of a ratio: 0 at 1, 1 at 3 or ⅓ and beyond (a ratio of 0 counts as far under). */
    static double intensity(double ratio) {
        if (ratio <= 0) {
            return 1;
        }
        return Math.min(1, Math.abs(Math.log(ratio)) / Math.log(SATURATION_RATIO));
    }

    public static String background(double ratio) {
        return TextContrast.hex(color(ratio));
    }

    private static Color color(double ratio) {
        Color target = ratio < 1 ? UNDER : OVER;
        return mix(WHITE, target, intensity(ratio));
    }

    /** Dark or white text, whichever reaches WCAG AA contrast (4.5:1) on the cell's colour. */
    public static String text(double ratio) {
        return TextContrast.hex(TextContrast.textOn(color(ratio)));
    }

    private static Color mix(Color a, Color b, double t) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
}
