package se.spegel.reports.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.spegel.reports.chart.MethodBoxChart;
import se.spegel.reports.model.DimensionCode;
import se.spegel.reports.model.MethodComparisonMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.DissimilarityLevel;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ComparisonView.DCellView;
import se.spegel.reports.view.MethodComparisonView.SummaryGroupView;
import se.spegel.reports.view.MethodComparisonView.SummaryRowView;
import se.spegel.reports.view.MethodComparisonView.TrendMethodView;
import se.spegel.reports.view.MethodComparisonView.TrendRowView;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodTrend;

/** Assembles the {@link MethodComparisonView} from the tables of {@code spegel compare}. */
public final class MethodComparisonViewBuilder {

    private final ReportContext context;
    private final MethodComparisonMetrics metrics;

    public MethodComparisonViewBuilder(ReportContext context, MethodComparisonMetrics metrics) {
        this.context = context;
        this.metrics = metrics;
    }

    /** Methods in table order (the contract's order: open meeting first). */
    List<String> methods() {
        Set<String> methods = new LinkedHashSet<>();
        metrics.dissimilarity().forEach(r -> methods.add(r.method()));
        return List.copyOf(methods);
    }

    /** Plain dimensions in table order; intersections are in the tables only. */
    List<String> dimensions() {
        Set<String> dims = new LinkedHashSet<>();
        metrics.dissimilarity().stream()
                .map(MethodComparison::dimension)
                .filter(d -> !DimensionCode.isIntersection(d))
                .forEach(dims::add);
        return List.copyOf(dims);
    }

    public MethodComparisonView build(ChartView chart) {
        Messages messages = context.messages();
        List<String> methods = methods();
        List<String> dims = dimensions();
        Map<String, Long> processesPerMethod = metrics.processes().stream()
                .collect(Collectors.groupingBy(
                        MethodComparisonProcess::method,
                        LinkedHashMap::new,
                        Collectors.mapping(
                                MethodComparisonProcess::processId,
                                Collectors.collectingAndThen(Collectors.toSet(), s -> (long) s.size()))));
        MethodGroupSections groups = new MethodGroupSections(context, metrics.groups(), methods, dims);
        List<String> heatmapNotes = new ArrayList<>(List.of(
                messages.get("methodComparison.heatmap.note"),
                messages.get("comparison.heatmap.marks", messages.get("count.suppressedMarker"))));
        if (MethodGroupSections.leavesOutDistricts(metrics.groups())) {
            heatmapNotes.add(messages.get("methodComparison.heatmap.noDistricts"));
        }
        return new MethodComparisonView(
                messages.lang(),
                messages.get("methodComparison.title"),
                lead(),
                facts(methods, processesPerMethod),
                sizeFair(),
                summary(methods, dims),
                summaryNotes(),
                chart,
                List.of(messages.get("methodComparison.chartNote")),
                groups.heatmapColumns(processesPerMethod),
                groups.heatmapGroups(),
                new HeatmapCells(context).legend(),
                heatmapNotes,
                groups.rankHeaders(),
                groups.ranking(),
                List.of(messages.get("methodComparison.ranking.note")),
                dims.stream().map(d -> context.categoryLabel().dimension(d)).toList(),
                trend(methods, dims),
                List.of(messages.get("methodComparison.trend.note")),
                about());
    }

    /** Whether the tables carry the size-fair columns (D against chance), which then lead the comparison. */
    private boolean sizeFair() {
        return !metrics.dissimilarity().isEmpty()
                && metrics.dissimilarity().stream().allMatch(MethodComparisonMetrics::sizeFair)
                && metrics.processes().stream().allMatch(p -> p.excess() != null);
    }

    /**
     * Names the methods closest to and furthest from the residents: by the excess over chance when
     * the tables have it (raw D would rank small processes last for their size alone), else by D.
     */
    private String lead() {
        Messages messages = context.messages();
        long processes = metrics.processes().stream()
                .map(MethodComparisonProcess::processId)
                .distinct()
                .count();
        String lead = messages.get("methodComparison.lead", context.numbers().count(processes));
        boolean fair = sizeFair();
        Map<String, Double> overall = fair
                ? meanOfProcessMeans(MethodComparisonProcess::excess)
                : meanOfProcessMeans(MethodComparisonProcess::dissimilarity);
        if (overall.size() < 2) {
            return lead;
        }
        String lowest = overall.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        String highest = overall.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        if (fair) {
            return lead + " "
                    + messages.get(
                            "methodComparison.leadExcess",
                            context.labels().method(lowest),
                            context.numbers().signed(100 * overall.get(lowest), 1),
                            context.labels().method(highest),
                            context.numbers().signed(100 * overall.get(highest), 1));
        }
        return lead + " "
                + messages.get(
                        "methodComparison.leadRange",
                        context.labels().method(lowest),
                        context.numbers().percent(overall.get(lowest), 1),
                        context.labels().method(highest),
                        context.numbers().percent(overall.get(highest), 1));
    }

    /** Per method: the mean over its processes of each process's mean D over the plain dimensions. */
    Map<String, Double> meanOfProcessMeans() {
        return meanOfProcessMeans(MethodComparisonProcess::dissimilarity);
    }

    /** Per method: the mean over its processes of each process's mean {@code value} over the plain dimensions. */
    Map<String, Double> meanOfProcessMeans(Function<MethodComparisonProcess, Double> value) {
        Map<String, Map<String, List<Double>>> byMethod = new LinkedHashMap<>();
        for (MethodComparisonProcess p : metrics.processes()) {
            if (!DimensionCode.isIntersection(p.dimension())) {
                byMethod.computeIfAbsent(p.method(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(p.processId(), k -> new ArrayList<>())
                        .add(value.apply(p));
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        byMethod.forEach((method, processes) -> means.put(
                method,
                processes.values().stream()
                        .mapToDouble(ds -> ds.stream()
                                .mapToDouble(Double::doubleValue)
                                .average()
                                .orElseThrow())
                        .average()
                        .orElseThrow()));
        return means;
    }

    private List<String> facts(List<String> methods, Map<String, Long> processesPerMethod) {
        Messages messages = context.messages();
        DisplayNumbers numbers = context.numbers();
        List<String> facts = new ArrayList<>();
        long processes =
                processesPerMethod.values().stream().mapToLong(Long::longValue).sum();
        facts.add(messages.get("methodComparison.fact.processes", numbers.count(processes)));
        for (String method : methods) {
            facts.add(messages.get(
                    "methodComparison.fact.method",
                    context.labels().method(method),
                    numbers.count(processesPerMethod.getOrDefault(method, 0L))));
        }
        TreeSet<Integer> years = metrics.processes().stream()
                .map(MethodComparisonProcess::period)
                .collect(Collectors.toCollection(TreeSet::new));
        if (!years.isEmpty()) {
            String span = years.first().equals(years.last())
                    ? String.valueOf(years.first())
                    : years.first() + "\u2013" + years.last();
            facts.add(messages.get("methodComparison.fact.years", span));
        }
        long areas = metrics.processes().stream()
                .map(MethodComparisonProcess::areaCode)
                .filter(a -> a != null)
                .distinct()
                .count();
        if (areas > 0) {
            facts.add(messages.get("methodComparison.fact.areas", numbers.count(areas)));
        }
        return facts;
    }

    private List<SummaryGroupView> summary(List<String> methods, List<String> dims) {
        DisplayNumbers numbers = context.numbers();
        List<SummaryGroupView> groups = new ArrayList<>();
        for (String dim : dims) {
            List<SummaryRowView> rows = new ArrayList<>();
            for (String method : methods) {
                metrics.dissimilarity().stream()
                        .filter(r -> r.method().equals(method) && r.dimension().equals(dim))
                        .findFirst()
                        .ifPresent(r -> rows.add(summaryRow(method, r)));
            }
            groups.add(new SummaryGroupView(context.categoryLabel().dimension(dim), rows));
        }
        return groups;
    }

    private SummaryRowView summaryRow(String method, MethodComparison r) {
        DisplayNumbers numbers = context.numbers();
        DCellView mean = ComparisonViewBuilder.dCell(context, r.meanDissimilarity());
        String participants = "";
        DCellView excess = new DCellView("", "", "", false);
        String excessInterval = "";
        String worse = "";
        if (MethodComparisonMetrics.sizeFair(r)) {
            // the light goes with the excess: raw D's size is mostly the processes' size
            mean = new DCellView(mean.text(), "", "", true);
            DissimilarityLevel level = DissimilarityLevel.of(r.meanExcess(), context.settings());
            excess = new DCellView(
                    numbers.signed(100 * r.meanExcess(), 1),
                    level.cssClass(),
                    context.messages().get(level.messageKey()),
                    true);
            excessInterval = context.messages()
                    .get(
                            "methodComparison.interval",
                            numbers.percent(r.ciLevel(), 0),
                            context.messages()
                                    .get(
                                            "methodComparison.signedRange",
                                            numbers.signed(100 * r.meanExcessCiLow(), 1),
                                            numbers.signed(100 * r.meanExcessCiHigh(), 1)));
            participants = numbers.decimal(r.medianN(), r.medianN() == Math.rint(r.medianN()) ? 0 : 1);
            worse = context.messages()
                    .get("methodComparison.worseOf", numbers.count(r.nWorse()), numbers.count(r.nProcesses()));
        }
        return new SummaryRowView(
                context.labels().method(method),
                numbers.count(r.nProcesses()),
                participants,
                excess,
                excessInterval,
                worse,
                mean,
                interval(r.ciLevel(), r.meanDissimilarityCiLow(), r.meanDissimilarityCiHigh()),
                numbers.percent(r.medianDissimilarity(), 1),
                interval(r.ciLevel(), r.medianDissimilarityCiLow(), r.medianDissimilarityCiHigh()),
                numbers.percentRange(r.minDissimilarity(), r.maxDissimilarity(), 1));
    }

    private String interval(double level, double low, double high) {
        return context.messages()
                .get(
                        "methodComparison.interval",
                        context.numbers().percent(level, 0),
                        context.numbers().percentRange(low, high, 1));
    }

    private List<String> summaryNotes() {
        Messages messages = context.messages();
        List<String> notes = new ArrayList<>();
        if (sizeFair()) {
            notes.add(messages.get("methodComparison.excessNote"));
        }
        metrics.dissimilarity().stream()
                .findFirst()
                .ifPresent(r -> notes.add(messages.get(
                        "methodComparison.summaryNote",
                        context.numbers().count(r.bootstrapSamples()),
                        String.valueOf(r.bootstrapSeed()))));
        notes.add(messages.get(
                "summary.note",
                context.numbers().percent(context.settings().dissimilarityLow(), 0),
                context.numbers().percent(context.settings().dissimilarityHigh(), 0)));
        return notes;
    }

    private List<TrendMethodView> trend(List<String> methods, List<String> dims) {
        List<TrendMethodView> views = new ArrayList<>();
        for (String method : methods) {
            List<MethodTrend> rows = metrics.trend().stream()
                    .filter(t -> t.method().equals(method))
                    .toList();
            List<TrendRowView> years = new ArrayList<>();
            for (int year : rows.stream().map(MethodTrend::period).collect(Collectors.toCollection(TreeSet::new))) {
                long n = metrics.processes().stream()
                        .filter(p -> p.method().equals(method) && p.period() == year)
                        .map(MethodComparisonProcess::processId)
                        .distinct()
                        .count();
                List<DCellView> cells = dims.stream()
                        .map(dim -> rows.stream()
                                .filter(t -> t.period() == year && t.dimension().equals(dim))
                                .findFirst()
                                .map(t -> ComparisonViewBuilder.dCell(context, t.meanDissimilarity()))
                                .orElse(new DCellView("", "", "", false)))
                        .toList();
                years.add(
                        new TrendRowView(String.valueOf(year), context.numbers().count(n), cells));
            }
            if (!years.isEmpty()) {
                views.add(new TrendMethodView(context.labels().method(method), years));
            }
        }
        return views;
    }

    private List<String> about() {
        Messages messages = context.messages();
        DisplayNumbers numbers = context.numbers();
        List<String> about = new ArrayList<>();
        about.add(messages.get("methodComparison.about.stage"));
        metrics.dissimilarity().stream().findFirst().ifPresent(r -> {
            double tail = (1 - r.ciLevel()) / 2;
            about.add(messages.get(
                    "methodComparison.about.bootstrap",
                    numbers.percent(r.ciLevel(), 0),
                    numbers.count(r.bootstrapSamples()),
                    numbers.decimal(100 * tail, 1),
                    numbers.decimal(100 * (1 - tail), 1),
                    String.valueOf(r.bootstrapSeed())));
        });
        about.add(messages.get("about.dissimilarity"));
        if (metrics.dissimilarity().stream().anyMatch(r -> DimensionCode.isIntersection(r.dimension()))) {
            about.add(messages.get("methodComparison.about.intersections"));
        }
        return about;
    }

    /** The processes' D per method and dimension, for the box plots (plain dimensions, table order). */
    public List<MethodBoxChart.Box> boxes() {
        List<MethodBoxChart.Box> boxes = new ArrayList<>();
        for (String method : methods()) {
            for (String dim : dimensions()) {
                List<Double> values = metrics.processes().stream()
                        .filter(p -> p.method().equals(method) && p.dimension().equals(dim))
                        .map(MethodComparisonProcess::dissimilarity)
                        .toList();
                if (!values.isEmpty()) {
                    boxes.add(new MethodBoxChart.Box(
                            method,
                            context.labels().method(method),
                            dim,
                            context.categoryLabel().dimension(dim),
                            values));
                }
            }
        }
        return boxes;
    }
}
