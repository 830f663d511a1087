/**
 * The reports' entry points and the types their callers hand in: {@link se.spegel.reports.ReportRenderer} (one
 * report per process of a metrics folder, and their comparison), {@link se.spegel.reports.MethodComparisonRenderer}
 * (the comparison of dialogue methods of {@code spegel compare}), their settings, labels, progress callback,
 * district shapes and the exception for unreadable metrics. Everything else lives in the sub-packages:
 * {@code model} (the metric tables read back), {@code text} (the words and numbers of a report's language),
 * {@code chart} (the SVG charts and maps), {@code view} and {@code view.section} (what the templates show) and
 * {@code write} (the files written).
 */
package se.spegel.reports;
