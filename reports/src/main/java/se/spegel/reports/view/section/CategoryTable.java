package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.WithheldRange;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.CategoryRowView;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.ReportView.DimensionSectionView;
import se.spegel.schema.output.CategoryGap;

/**
 * A dimension's category table: label, n, participants' share, residents' share, gap, interval.
 * Categories with a population counterpart come in configured order; those without one follow.
 */
public final class CategoryTable {

    private final ReportContext context;

    public CategoryTable(ReportContext context) {
        this.context = context;
    }

    public DimensionSectionView section(ProcessMetrics metrics, String stage, String dimension, ChartView chart) {
        PublishedCount counts = context.publishedCount();
        List<CategoryRowView> rows = new ArrayList<>();
        boolean anySignificant = false;
        for (CategoryGap gap : ordered(metrics.gaps(stage, dimension), dimension)) {
            rows.add(row(gap, counts));
            anySignificant |= Boolean.TRUE.equals(gap.significant());
        }
        List<String> notes = new ArrayList<>();
        notes.add(context.messages().get("note.interval"));
        if (anySignificant) {
            notes.add(context.messages().get("note.significant"));
        }
        if (rows.stream().anyMatch(CategoryRowView::noCounterpart)) {
            notes.add(context.messages().get("note.noCounterpart"));
        }
        SurveyBased.note(context, metrics, stage, dimension).ifPresent(notes::add);
        notes.addAll(context.privacyNotes(counts));
        String comparedFor = metrics.summary(stage, dimension)
                .flatMap(s -> ComparedAges.note(s, metrics.lastStage(), context.messages(), counts))
                .orElse("");
        return new DimensionSectionView(
                SectionAnchor.of(dimension),
                SurveyBased.label(context, metrics, stage, dimension),
                comparedFor,
                chart,
                rows,
                notes);
    }

    /** Rows in display order: configured order of each part, categories without counterpart last. */
    public List<CategoryGap> ordered(List<CategoryGap> gaps, String dimension) {
        Comparator<CategoryGap> byCounterpart = Comparator.comparing(r -> !MetricRows.hasCounterpart(r));
        return gaps.stream()
                .sorted(byCounterpart.thenComparing(
                        CategoryGap::category, context.categoryLabel().order(dimension)))
                .toList();
    }

    private CategoryRowView row(CategoryGap gap, PublishedCount counts) {
        DisplayNumbers numbers = context.numbers();
        java.util.Optional<WithheldRange> withheld = WithheldRange.of(gap);
        if (withheld.isPresent()) {
            // fewer than k: the share and the gap as the ranges they lie in, so the group still reads as over or under
            WithheldRange range = withheld.get();
            return new CategoryRowView(
                    context.categoryLabel().of(gap.dimension(), gap.category()),
                    counts.fewerThanThreshold(),
                    numbers.percentRange(gap.shareCiLow(), gap.shareCiHigh(), 1),
                    numbers.percent(gap.popShare(), 1),
                    numbers.signed(range.lowPp(), 1) + " \u2026 " + numbers.signed(range.highPp(), 1),
                    DisplayNumbers.NO_VALUE,
                    range.lowPp() > 0,
                    range.highPp() < 0,
                    false);
        }
        String gapText = numbers.signed(gap.gapPp(), 1);
        if (Boolean.TRUE.equals(gap.significant())) {
            gapText = gapText + "*";
        }
        boolean noCounterpart = !MetricRows.hasCounterpart(gap);
        return new CategoryRowView(
                context.categoryLabel().of(gap.dimension(), gap.category()),
                counts.text(gap.n(), gap.suppressed()),
                numbers.percent(gap.share(), 1),
                noCounterpart ? context.messages().get("table.noCounterpartCell") : numbers.percent(gap.popShare(), 1),
                gapText,
                numbers.percentRange(gap.shareCiLow(), gap.shareCiHigh(), 1),
                gap.gapPp() != null && gap.gapPp() > 0,
                gap.gapPp() != null && gap.gapPp() < 0,
                noCounterpart);
    }
}
