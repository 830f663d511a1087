package se.spegel.reports.view.section;

/** An HTML id for a dimension's section, e.g. {@code age×gender} → {@code dim-age-gender}. */
final class SectionAnchor {

    private SectionAnchor() {}

    static String of(String dimension) {
        return "dim-" + dimension.replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
