package se.spegel.reports.chart;

import java.awt.Color;

/**
 * WCAG 2.1 contrast (success criterion 1.4.3, AA): the contrast ratio (L1 + 0.05) / (L2 + 0.05) of the
 * relative luminances of two sRGB colours, and the text colour to print on a coloured background so that
 * the ratio is at least 4.5:1. Definitions: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio and
 * #dfn-relative-luminance.
 */
final class TextContrast {

    /** AA for normal-size text. */
    static final double AA = 4.5;

    private static final Color INK = new Color(0x22, 0x22, 0x22);

    private TextContrast() {}

    /** Relative luminance: each sRGB channel linearised, weighted 0.2126 R + 0.7152 G + 0.0722 B. */
    static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /**
     * The report's ink (#222) or white, whichever contrasts more with the background; black where neither
     * reaches 4.5:1 (on mid-tones; black or white always reaches 4.58:1, since (1.05 / 0.05)^½ > 4.5).
     */
    static Color textOn(Color background) {
        Color best = ratio(INK, background) >= ratio(Color.WHITE, background) ? INK : Color.WHITE;
        if (ratio(best, background) >= AA) {
            return best;
        }
        return ratio(Color.BLACK, background) >= ratio(Color.WHITE, background) ? Color.BLACK : Color.WHITE;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
