package se.spegel.reports;

import java.util.List;

/**
 * Display labels for the codes found in the metric tables, in the report's language.
 * The command line implements this from {@code conf/spegel.conf}; {@link MapReportLabels} is a
 * simple map-backed implementation.
 */
public interface ReportLabels {

    /** Label of a dimension, e.g. {@code "gender"} → {@code "Kön"}. Unknown codes → the code itself. */
    String dimension(String dimensionCode);

    /**
     * Label of a category, e.g. ({@code "gender"}, {@code "kvinna"}) → {@code "Kvinnor"}; age bands
     * {@code "16-24"} → {@code "16–24 år"}, {@code "85+"} → {@code "85+ år"}. Unknown codes → the code itself.
     */
    String category(String dimensionCode, String categoryCode);

    /** Label of a dialogue method, e.g. {@code "citizens_assembly"} → {@code "Medborgarråd"}. */
    String method(String methodCode);

    /** Label of a funnel stage, e.g. {@code "attended"} → {@code "Deltog"}. */
    String stage(String stageCode);

    /**
     * Display order of a dimension's categories as configured; categories not listed are shown after
     * them, alphabetically. Empty when nothing is configured.
     */
    List<String> categoryOrder(String dimensionCode);
}
