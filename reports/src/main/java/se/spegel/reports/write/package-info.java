/**
 * The files a report is made of: the HTML from the templates, the tagged PDF from that HTML, the report folders of
 * the processes, the comparison and the method comparison, written in parallel where there are several.
 */
package se.spegel.reports.write;
