/**
 * The words and numbers of a report's language: the message bundle ({@code se/spegel/reports/messages_*.properties}),
 * number formats, category labels and display order, counts that are published or withheld, the traffic light of
 * D, and the first-page summary in plain language with its readability (LIX).
 * {@link se.spegel.reports.text.ReportContext} carries them to every part of a report.
 */
package se.spegel.reports.text;
