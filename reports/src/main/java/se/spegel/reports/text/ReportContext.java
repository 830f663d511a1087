package se.spegel.reports.text;

import se.spegel.reports.ReportLabels;
import se.spegel.reports.ReportSettings;

/** What every part of a report needs: labels, settings, texts and number formats of its language. */
public record ReportContext(ReportLabels labels, ReportSettings settings, Messages messages, DisplayNumbers numbers) {

    public static ReportContext of(ReportLabels labels, ReportSettings settings) {
        Messages messages = new Messages(settings.lang());
        return new ReportContext(labels, settings, messages, new DisplayNumbers(messages.locale()));
    }

    public CategoryLabel categoryLabel() {
        return new CategoryLabel(labels);
    }

    /** A fresh count formatter; each table has its own, so its caption mentions only what it hid. */
    public PublishedCount publishedCount() {
        return new PublishedCount(numbers, settings.minPublishedCount(), messages.get("count.suppressedMarker"));
    }

    /** The caption lines that explain hidden counts, when a table hid any. */
    public java.util.List<String> privacyNotes(PublishedCount counts) {
        java.util.List<String> notes = new java.util.ArrayList<>();
        if (counts.anyBelowThreshold()) {
            notes.add(messages.get(
                    "note.smallCounts", counts.belowThresholdText(), String.valueOf(counts.minPublished())));
        }
        if (counts.anySuppressed()) {
            notes.add(messages.get("note.suppressed", messages.get("count.suppressedMarker")));
        }
        return notes;
    }
}
