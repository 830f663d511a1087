/**
 * The view models the FreeMarker templates ({@code se/spegel/reports/templates/*.ftlh}) lay out: everything a
 * report shows, already formatted as text ({@link se.spegel.reports.view.ReportView},
 * {@link se.spegel.reports.view.ComparisonView}, {@link se.spegel.reports.view.MethodComparisonView}), and the
 * builders that assemble them from the metrics and the charts written.
 */
package se.spegel.reports.view;
