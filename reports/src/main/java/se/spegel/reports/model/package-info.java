/**
 * The metric tables a report reads, as {@code spegel evaluate} and {@code spegel compare} wrote them: one record
 * per row of category_gaps, dimension_summary, process_summary, stage_changes, response_indicators, the
 * assembly tables and the method comparison, the rows of one process with their look-ups
 * ({@link se.spegel.reports.model.ProcessMetrics}), the readers of the CSV files and of run.json, and area names.
 */
package se.spegel.reports.model;
