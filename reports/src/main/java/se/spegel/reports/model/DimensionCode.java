package se.spegel.reports.model;

import java.util.List;

/** Dimension and category codes of intersections: dimension {@code age×gender}, category {@code 25-34×kvinna}. */
public final class DimensionCode {

    static final String INTERSECTION_SEPARATOR = "\u00d7";

    private DimensionCode() {}

    public static boolean isIntersection(String dimension) {
        return dimension.contains(INTERSECTION_SEPARATOR);
    }

    /** The parts of an intersection code (a plain code gives itself). */
    public static List<String> parts(String code) {
        return List.of(code.split(INTERSECTION_SEPARATOR, -1));
    }
}
