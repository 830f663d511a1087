/**
 * One class per section of a process report (summary, stages, funnel, categories, districts and their map,
 * assembly, data quality, methodology, the lead), each building its part of
 * {@link se.spegel.reports.view.ReportView} from a process's metrics.
 */
package se.spegel.reports.view.section;
