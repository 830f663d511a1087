package se.spegel.reports.text;

import java.util.List;

/**
 * The report's first-page summary in plain language, for a reader with a minute: what was measured, the
 * three most important findings, what they mean, and what the municipality can do.
 *
 * @param basis how the findings were graded: against chance (the verdict of dimension_summary) or by D
 */
public record PlainSummaryView(
        List<String> measured, List<String> findings, List<String> meaning, List<String> actions, String basis) {

    /** All sentences of the summary, for measuring how easy it is to read. */
    String text() {
        return String.join(" ", measured) + " " + String.join(" ", findings) + " " + String.join(" ", meaning) + " "
                + String.join(" ", actions);
    }
}
