package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;
import se.spegel.reports.DistrictBoundaries;
import se.spegel.reports.chart.ChoroplethScale;
import se.spegel.reports.chart.DistrictMapChart;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ProcessSummary;

/**
 * The district maps of a report drawn from the boundaries file: participation per 1 000 residents at the
 * reported stage and, for a process that starts with an invitation, the response rate (the share of the
 * invited in each district who reached the next stage). Only districts of the process's own district
 * rows are drawn (a boundaries file of all Sweden's DeSO works); withheld counts are hatched; districts
 * without a shape are named in a note.
 */
public final class DistrictMapSection {

    static final String INVITED = "invited";

    private final ReportContext context;
    private final DistrictBoundaries boundaries;

    public DistrictMapSection(ReportContext context, DistrictBoundaries boundaries) {
        this.context = context;
        this.boundaries = boundaries;
    }

    /** One map to draw: its districts, its scale, how values are written, and its texts. */
    public record MapData(
            List<DistrictMapChart.Area> areas,
            ChoroplethScale scale,
            DoubleFunction<String> format,
            DistrictMapChart.Legend legend,
            String alt) {}

    private List<CategoryGap> rows(ProcessMetrics metrics, String stage) {
        return new CategoryTable(context)
                .ordered(metrics.gaps(stage, DistrictRateSection.DISTRICT), DistrictRateSection.DISTRICT).stream()
                        .filter(MetricRows::hasCounterpart)
                        .toList();
    }

    /** Participation per 1 000 residents, when any district of the process has a shape. */
    public Optional<MapData> participation(ProcessMetrics metrics, String stage, int decimals) {
        List<DistrictMapChart.Area> areas = new ArrayList<>();
        for (CategoryGap row : rows(metrics, stage)) {
            if (boundaries.shape(row.category()) != null) {
                areas.add(new DistrictMapChart.Area(
                        row.category(),
                        label(row.category()),
                        boundaries.shape(row.category()),
                        row.suppressed() ? null : row.per1000(),
                        row.suppressed()));
            }
        }
        DisplayNumbers numbers = context.numbers();
        return map(areas, value -> numbers.decimal(value, decimals), "map.per1000.legend", "chart.map.per1000.alt");
    }

    /**
     * The response rate per district: n at the stage after "invited" over n invited, when the process's first
     * stage is "invited"; withheld where either count is.
     */
    public Optional<MapData> responseRate(ProcessMetrics metrics) {
        List<ProcessSummary> stages = metrics.stagesInOrder();
        if (stages.size() < 2 || !stages.get(0).stage().equals(INVITED)) {
            return Optional.empty();
        }
        String responded = stages.get(1).stage();
        List<DistrictMapChart.Area> areas = new ArrayList<>();
        for (CategoryGap invited : rows(metrics, INVITED)) {
            if (boundaries.shape(invited.category()) == null) {
                continue;
            }
            Optional<CategoryGap> next = metrics.gap(responded, DistrictRateSection.DISTRICT, invited.category());
            boolean withheld =
                    invited.suppressed() || next.map(CategoryGap::suppressed).orElse(false);
            Double rate = withheld || invited.n() == null || invited.n() <= 0
                    ? null
                    : next.map(CategoryGap::n).map(n -> n / invited.n()).orElse(0.0);
            areas.add(new DistrictMapChart.Area(
                    invited.category(),
                    label(invited.category()),
                    boundaries.shape(invited.category()),
                    rate,
                    withheld));
        }
        DisplayNumbers numbers = context.numbers();
        return map(areas, value -> numbers.percent(value, 0), "map.response.legend", "chart.map.response.alt");
    }

    private Optional<MapData> map(
            List<DistrictMapChart.Area> areas, DoubleFunction<String> format, String legendKey, String altKey) {
        if (areas.isEmpty()) {
            return Optional.empty();
        }
        Messages messages = context.messages();
        List<Double> values = areas.stream()
                .map(DistrictMapChart.Area::value)
                .filter(v -> v != null)
                .toList();
        ChoroplethScale scale = ChoroplethScale.covering(values);
        DistrictMapChart.Legend legend = new DistrictMapChart.Legend(
                messages.get(legendKey),
                messages.get("map.withheld"),
                messages.get("map.noValue"),
                messages.get("count.suppressedMarker"));
        return Optional.of(new MapData(areas, scale, format, legend, alt(areas, format, altKey)));
    }

    /** "Map: …; highest in A (x), lowest in B (y); n withheld. The table holds the numbers." */
    private String alt(List<DistrictMapChart.Area> areas, DoubleFunction<String> format, String altKey) {
        Messages messages = context.messages();
        List<DistrictMapChart.Area> valued =
                areas.stream().filter(a -> a.value() != null).toList();
        StringBuilder alt = new StringBuilder(messages.get(altKey, String.valueOf(areas.size())));
        if (!valued.isEmpty()) {
            DistrictMapChart.Area high = valued.stream()
                    .max((a, b) -> Double.compare(a.value(), b.value()))
                    .get();
            DistrictMapChart.Area low = valued.stream()
                    .min((a, b) -> Double.compare(a.value(), b.value()))
                    .get();
            alt.append(' ')
                    .append(messages.get(
                            "chart.map.extremes",
                            high.label(),
                            format.apply(high.value()),
                            low.label(),
                            format.apply(low.value())));
        }
        long withheld = areas.stream().filter(DistrictMapChart.Area::withheld).count();
        if (withheld > 0) {
            alt.append(' ').append(messages.get("chart.map.withheld", String.valueOf(withheld)));
        }
        return alt.append(' ').append(messages.get("chart.map.table")).toString();
    }

    /** Districts of the process that the boundaries file has no shape for (named in a note). */
    public List<String> missingShapes(ProcessMetrics metrics, String stage) {
        return rows(metrics, stage).stream()
                .map(CategoryGap::category)
                .filter(code -> boundaries.shape(code) == null)
                .map(this::label)
                .toList();
    }

    private String label(String code) {
        return context.labels().category(DistrictRateSection.DISTRICT, code);
    }
}
