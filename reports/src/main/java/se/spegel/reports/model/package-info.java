/**
 * The metric tables a report reads, as {@code spegel evaluate} and {@code spegel compare} wrote them, read through
 * data-schema's {@link se.spegel.schema.output.MetricCsvReader} into its records (the one output contract): the
 * tables of a run ({@link se.spegel.reports.model.MetricTables}), the rows of one process with the look-ups a
 * report needs ({@link se.spegel.reports.model.ProcessMetrics}), the assembly tables, the method comparison, area
 * names and run.json.
 */
package se.spegel.reports.model;
