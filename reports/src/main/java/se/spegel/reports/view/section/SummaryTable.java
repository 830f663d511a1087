package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.DissimilarityLevel;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.SummaryRowView;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/** The summary table: one row per plain dimension at the reported stage. */
public final class SummaryTable {

    private final ReportContext context;
    private final PublishedCount counts;

    public SummaryTable(ReportContext context) {
        this.context = context;
        this.counts = context.publishedCount();
    }

    public List<SummaryRowView> rows(ProcessMetrics metrics, String stage) {
        List<SummaryRowView> rows = new ArrayList<>();
        for (String dimension : metrics.plainDimensions(stage)) {
            metrics.summary(stage, dimension).ifPresent(s -> rows.add(row(metrics, s)));
        }
        return rows;
    }

    public List<String> notes() {
        return context.privacyNotes(counts);
    }

    private SummaryRowView row(ProcessMetrics metrics, DimensionSummary s) {
        DisplayNumbers numbers = context.numbers();
        DissimilarityLevel level = DissimilarityLevel.of(s, context.settings());
        String worstLabel = DisplayNumbers.NO_VALUE;
        String worstGap = DisplayNumbers.NO_VALUE;
        if (s.worstCategory() != null) {
            worstLabel = context.categoryLabel().of(s.dimension(), s.worstCategory());
            Double gap = metrics.gap(s.stage(), s.dimension(), s.worstCategory())
                    .map(CategoryGap::gapPp)
                    .orElse(null);
            worstGap = gap != null ? numbers.signed(gap, 1) : numbers.decimal(s.maxAbsGapPp(), 1);
        }
        return new SummaryRowView(
                SectionAnchor.of(s.dimension()),
                SurveyBased.label(context, metrics, s.stage(), s.dimension()),
                // dimension_summary counts are blank only when withheld (data-schema/README.md)
                counts.withheld(MetricRows.count(s.nValid())),
                counts.withheld(MetricRows.count(s.nMissing())),
                counts.withheld(MetricRows.count(s.nNoCounterpart())),
                numbers.percent(s.dissimilarity(), 1),
                // what a random sample of the same size gives, shown under D (empty for metrics without it)
                MetricRows.expectedDissimilarity(s) == null
                        ? ""
                        : numbers.percent(MetricRows.expectedDissimilarity(s), 1),
                level.cssClass(),
                context.messages().get(level.messageKey()),
                worstLabel,
                worstGap,
                ComparedAges.note(s, metrics.lastStage(), context.messages(), counts)
                        .orElse(""));
    }
}
