package se.spegel.reports.chart;

import java.awt.Color;
import java.util.Collection;

/**
 * The district map's colour classes: five equal intervals from 0 to a round upper bound (step 1, 2, 2.5
 * or 5 × 10^k, the smallest with 5 steps covering the largest value), coloured with ColorBrewer's
 * five-class YlGnBu sequential scheme (light = few, dark = many), which ColorBrewer marks safe for
 * colour-blind readers and for printing in grey (Harrower &amp; Brewer 2003, The Cartographic Journal 40).
 *
 * @param step width of one class; class i holds values in [i·step, (i+1)·step), the last one includes its top
 */
public record ChoroplethScale(double step) {

    static final int CLASSES = 5;
    private static final Color[] COLOURS = {
        new Color(0xff, 0xff, 0xcc),
        new Color(0xa1, 0xda, 0xb4),
        new Color(0x41, 0xb6, 0xc4),
        new Color(0x2c, 0x7f, 0xb8),
        new Color(0x25, 0x34, 0x94)
    };
    private static final double[] NICE = {1, 2, 2.5, 5, 10};

    /** The scale for these values (all ≥ 0); step 1 when there are none or all are 0. */
    public static ChoroplethScale covering(Collection<Double> values) {
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (!(max > 0)) {
            return new ChoroplethScale(1);
        }
        double raw = max / CLASSES;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double nice : NICE) {
            double step = nice * magnitude;
            if (step * CLASSES >= max * (1 - 1e-12)) {
                return new ChoroplethScale(step);
            }
        }
        return new ChoroplethScale(10 * magnitude);
    }

    /** The class 0–4 of a value. */
    int classOf(double value) {
        return Math.max(0, Math.min(CLASSES - 1, (int) Math.floor(value / step + 1e-9)));
    }

    Color colour(double value) {
        return COLOURS[classOf(value)];
    }

    static Color colourOfClass(int index) {
        return COLOURS[index];
    }

    /** Lower bound of class i. */
    double lower(int index) {
        return index * step;
    }
}
