package se.spegel.reports.view.section;

import java.util.List;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.StageRowView;
import se.spegel.schema.output.ProcessSummary;

/**
 * The funnel table: participants, mean D per stage, its change and how the stage compares with a random
 * draw of its size from the stage before; shown when a process has several stages.
 */
public final class StageTable {

    private final ReportContext context;
    private final PublishedCount counts;

    public StageTable(ReportContext context) {
        this.context = context;
        this.counts = context.publishedCount();
    }

    public List<StageRowView> rows(ProcessMetrics metrics) {
        List<ProcessSummary> stages = metrics.stagesInOrder();
        if (stages.size() < 2) {
            return List.of();
        }
        DisplayNumbers numbers = context.numbers();
        return stages.stream()
                .map(s -> new StageRowView(
                        context.labels().stage(s.stage()),
                        counts.text(s.n()),
                        numbers.percent(s.meanDissimilarity(), 1),
                        s.deltaDissimilarity() == null
                                ? DisplayNumbers.NO_VALUE
                                : numbers.signed(100 * s.deltaDissimilarity(), 1),
                        new FunnelChance(context).stageCell(s)))
                .toList();
    }

    List<String> notes() {
        return context.privacyNotes(counts);
    }

    /** The notes, with what "against chance" means when a stage was read against chance. */
    public List<String> notes(ProcessMetrics metrics) {
        List<String> notes = new java.util.ArrayList<>();
        if (FunnelChance.anyVerdict(metrics.stagesInOrder())) {
            notes.add(context.messages().get("stages.chanceNote"));
        }
        notes.addAll(notes());
        return notes;
    }
}
