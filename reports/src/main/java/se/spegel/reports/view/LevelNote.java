package se.spegel.reports.view;

import se.spegel.reports.text.ReportContext;

/** The note under a table of traffic lights: how the lights are decided. */
final class LevelNote {
    private LevelNote() {}

    /**
     * @param verdicts whether the metrics carry verdicts (the lights speak them); otherwise the lights are
     *                 raw D against the fixed thresholds, and the note says so
     */
    static String of(ReportContext context, boolean verdicts) {
        if (verdicts) {
            return context.messages().get("verdict.note");
        }
        return context.messages()
                .get(
                        "summary.note",
                        context.numbers().percent(context.settings().dissimilarityLow(), 0),
                        context.numbers().percent(context.settings().dissimilarityHigh(), 0));
    }
}
