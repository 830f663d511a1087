/**
 * The charts of the reports, drawn with JFreeChart and written as SVG (PNG on request) by
 * {@link se.spegel.reports.chart.SvgChartFile}: gap bars, the age pyramid, the funnel, participation by
 * district, the district map, the comparison's and the method comparison's charts, with their shared style,
 * colour scales, text contrast and the bundled font.
 */
package se.spegel.reports.chart;
