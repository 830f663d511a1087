package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.spegel.reports.chart.DistrictRateChart;
import se.spegel.reports.model.AreaNameLabels;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportCharts;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.ReportView.DistrictRateRowView;
import se.spegel.reports.view.ReportView.DistrictRatesView;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/**
 * Participation per 1 000 residents by district ({@code per_1000} of the {@code district} dimension at the
 * reported stage), with the process-wide rate as reference. Withheld districts get no bar.
 */
public final class DistrictRateSection {

    static final String DISTRICT = AreaNameLabels.DISTRICT;

    private final ReportContext context;

    public DistrictRateSection(ReportContext context) {
        this.context = context;
    }

    /** District rows in display order (configured order, else by code). */
    private List<CategoryGap> rows(ProcessMetrics metrics, String stage) {
        return new CategoryTable(context)
                .ordered(metrics.gaps(stage, DISTRICT), DISTRICT).stream()
                        .filter(MetricRows::hasCounterpart)
                        .toList();
    }

    /** The bars: every district whose rate is published. */
    public List<DistrictRateChart.Bar> bars(ProcessMetrics metrics, String stage) {
        return rows(metrics, stage).stream()
                .filter(r -> !r.suppressed() && r.per1000() != null)
                .map(r -> new DistrictRateChart.Bar(r.category(), label(r), r.per1000()))
                .toList();
    }

    /**
     * The process-wide rate per 1 000 residents of all districts: participants with a known district (the
     * population-weighted mean of the districts' rates) or, when that count is withheld, the stage's participants
     * less those published as outside the area or the eligible ages. Empty when neither is known.
     */
    public Optional<Double> overall(ProcessMetrics metrics, String stage) {
        double residents = rows(metrics, stage).stream()
                .filter(r -> r.popCount() != null)
                .mapToDouble(CategoryGap::popCount)
                .sum();
        Optional<Double> participants = metrics.summary(stage, DISTRICT)
                .map(DimensionSummary::nValid)
                .map(MetricRows::count)
                .or(() -> metrics.stagesInOrder().stream()
                        .filter(s -> s.stage().equals(stage))
                        .findFirst()
                        .filter(s -> s.n() != null)
                        .map(s -> s.n() - orZero(s.nOutsideArea()) - orZero(s.nOutsideEligibility())));
        if (residents <= 0 || participants.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(1000 * participants.get() / residents);
    }

    private static double orZero(Long value) {
        return value == null ? 0 : value;
    }

    /** Decimals of the rates: two when every rate is below 10 (a small assembly), else one. */
    public int decimals(ProcessMetrics metrics, String stage) {
        double max = bars(metrics, stage).stream()
                .mapToDouble(DistrictRateChart.Bar::per1000)
                .max()
                .orElse(0);
        return Math.max(max, overall(metrics, stage).orElse(0.0)) < 10 ? 2 : 1;
    }

    /** The section, or {@code null} when the process has no district rows. */
    public DistrictRatesView view(
            ProcessMetrics metrics, String stage, ChartView chart, ReportCharts.DistrictMaps maps) {
        List<CategoryGap> rows = rows(metrics, stage);
        if (rows.isEmpty()) {
            return null;
        }
        DisplayNumbers numbers = context.numbers();
        int decimals = decimals(metrics, stage);
        PublishedCount counts = context.publishedCount();
        List<DistrictRateRowView> table = new ArrayList<>();
        for (CategoryGap r : rows) {
            table.add(new DistrictRateRowView(
                    label(r),
                    counts.text(r.n(), r.suppressed()),
                    r.popCount() == null ? DisplayNumbers.NO_VALUE : numbers.count(r.popCount()),
                    r.suppressed()
                            ? context.messages().get("count.suppressedMarker")
                            : numbers.decimal(r.per1000(), decimals),
                    maps.responseRates().getOrDefault(r.category(), DisplayNumbers.NO_VALUE)));
        }
        Messages messages = context.messages();
        List<String> notes = new ArrayList<>();
        overall(metrics, stage)
                .ifPresentOrElse(
                        rate -> notes.add(messages.get("district.overallNote", numbers.decimal(rate, decimals))),
                        () -> notes.add(messages.get("district.noOverall")));
        long withheld = rows.stream().filter(CategoryGap::suppressed).count();
        if (withheld > 0) {
            notes.add(messages.get(
                    "district.suppressedNote", String.valueOf(withheld), messages.get("count.suppressedMarker")));
        }
        notes.addAll(context.privacyNotes(counts));
        return new DistrictRatesView(
                chart,
                table,
                notes.stream().distinct().toList(),
                maps.charts(),
                !maps.responseRates().isEmpty(),
                maps.notes());
    }

    private String label(CategoryGap row) {
        return context.labels().category(DISTRICT, row.category());
    }
}
