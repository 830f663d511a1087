package se.spegel.reports.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DissimilarityLevel;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ComparisonView.DCellView;
import se.spegel.reports.view.ComparisonView.HeatmapCellView;
import se.spegel.reports.view.ComparisonView.HeatmapColumnView;
import se.spegel.reports.view.ComparisonView.HeatmapGroupView;
import se.spegel.reports.view.ComparisonView.HeatmapLegendView;
import se.spegel.reports.view.ComparisonView.HeatmapRowView;
import se.spegel.reports.view.ComparisonView.ProcessRowView;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.section.CategoryTable;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/** Assembles the {@link ComparisonView} of several processes, each at its last funnel stage. */
public final class ComparisonViewBuilder {

    private final ReportContext context;

    public ComparisonViewBuilder(ReportContext context) {
        this.context = context;
    }

    /** Plain dimensions of all processes at their reported stage, in the order they first appear. */
    public static List<String> dimensions(List<ProcessMetrics> processes) {
        Set<String> dims = new LinkedHashSet<>();
        for (ProcessMetrics p : processes) {
            dims.addAll(p.plainDimensions(p.reportedStage()));
        }
        return List.copyOf(dims);
    }

    /** The name a process goes by: its name in process_summary, else its id. */
    public static String name(ProcessMetrics p) {
        return p.lastStage().map(ProcessSummary::name).filter(Objects::nonNull).orElse(p.processId());
    }

    /** The method code of a process, from process_summary or its metric rows; null when none says. */
    static String methodCode(ProcessMetrics p) {
        return p.lastStage()
                .map(ProcessSummary::method)
                .or(() -> p.dimensionSummaries().stream()
                        .map(DimensionSummary::method)
                        .filter(Objects::nonNull)
                        .findFirst())
                .orElse(null);
    }

    public String methodLabel(ProcessMetrics p) {
        String code = methodCode(p);
        return code == null ? "" : context.labels().method(code);
    }

    public ComparisonView build(List<ProcessMetrics> processes, ChartView chart) {
        Messages messages = context.messages();
        List<String> dims = dimensions(processes);
        PublishedCount counts = context.publishedCount();
        List<ProcessRowView> rows = new ArrayList<>();
        for (ProcessMetrics p : processes) {
            rows.add(processRow(p, dims, counts));
        }
        List<String> tableNotes = new ArrayList<>();
        tableNotes.add(messages.get("comparison.tableNote"));
        tableNotes.add(LevelNote.of(context, processes.stream().anyMatch(ComparisonViewBuilder::hasVerdicts)));
        tableNotes.addAll(context.privacyNotes(counts));

        List<HeatmapColumnView> columns = processes.stream()
                .map(p -> new HeatmapColumnView(methodLabel(p), name(p)))
                .toList();
        List<HeatmapGroupView> groups = heatmap(processes, dims);
        List<HeatmapLegendView> legend = new HeatmapCells(context).legend();
        List<String> heatmapNotes = List.of(
                messages.get("comparison.heatmap.note"),
                messages.get("comparison.heatmap.marks", messages.get("count.suppressedMarker")));
        return new ComparisonView(
                messages.lang(),
                messages.get("comparison.title"),
                messages.get("comparison.lead", processes.size()),
                dims.stream().map(d -> context.categoryLabel().dimension(d)).toList(),
                rows,
                tableNotes,
                chart,
                columns,
                groups,
                legend,
                heatmapNotes);
    }

    private ProcessRowView processRow(ProcessMetrics p, List<String> dims, PublishedCount counts) {
        String stage = p.reportedStage();
        Optional<ProcessSummary> last = p.lastStage();
        List<DCellView> cells = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String dim : dims) {
            Optional<DimensionSummary> summary = p.summary(stage, dim);
            Double d = summary.map(DimensionSummary::dissimilarity).orElse(null);
            boolean present = p.plainDimensions(stage).contains(dim);
            cells.add(
                    present && summary.isPresent()
                            ? dCell(context, summary.get())
                            : present ? dCell(d) : new DCellView("", "", "", false));
            if (d != null) {
                values.add(d);
            }
        }
        Double mean = last.map(ProcessSummary::meanDissimilarity)
                .orElse(
                        values.isEmpty()
                                ? null
                                : values.stream()
                                        .mapToDouble(Double::doubleValue)
                                        .average()
                                        .orElse(0));
        List<String> details = new ArrayList<>();
        last.ifPresent(s -> {
            if (s.areaName() != null || s.areaCode() != null) {
                details.add(s.areaName() != null ? s.areaName() : s.areaCode());
            }
            details.add(String.valueOf(s.period()));
        });
        details.add(context.messages().get("comparison.stage", context.labels().stage(stage)));
        return new ProcessRowView(
                name(p),
                methodLabel(p),
                String.join(" · ", details),
                counts.text(last.map(ProcessSummary::n).orElse(null)),
                cells,
                hasVerdicts(p) ? plainCell(mean) : dCell(mean));
    }

    static boolean hasVerdicts(ProcessMetrics p) {
        return p.dimensionSummaries().stream().anyMatch(r -> MetricRows.verdict(r) != null);
    }

    /** A mean D has no verdict of its own (chance differs per dimension): shown without a light. */
    private DCellView plainCell(Double d) {
        return new DCellView(context.numbers().percent(d, 1), "level-none", "", true);
    }

    /** A dimension's D with the light of its verdict (raw D's when it has none). */
    static DCellView dCell(ReportContext context, DimensionSummary row) {
        DissimilarityLevel level = DissimilarityLevel.of(row, context.settings());
        return new DCellView(
                context.numbers().percent(row.dissimilarity(), 1),
                level.cssClass(),
                context.messages().get(level.messageKey()),
                true);
    }

    private DCellView dCell(Double d) {
        return dCell(context, d);
    }

    /** A D value as a percentage with its traffic light (shared with the method comparison). */
    static DCellView dCell(ReportContext context, Double d) {
        DissimilarityLevel level = DissimilarityLevel.of(d, context.settings());
        return new DCellView(
                context.numbers().percent(d, 1),
                level.cssClass(),
                context.messages().get(level.messageKey()),
                true);
    }

    private List<HeatmapGroupView> heatmap(List<ProcessMetrics> processes, List<String> dims) {
        CategoryTable ordering = new CategoryTable(context);
        HeatmapTable table = HeatmapTable.of(processes);
        List<HeatmapGroupView> groups = new ArrayList<>();
        for (String dim : dims) {
            // one row per category, in the per-process report's order; categories no process can compare are left out
            Map<String, CategoryGap> representative = new LinkedHashMap<>();
            for (ProcessMetrics p : processes) {
                for (CategoryGap r : p.gaps(p.reportedStage(), dim)) {
                    if (MetricRows.hasCounterpart(r)) {
                        representative.putIfAbsent(r.category(), r);
                    }
                }
            }
            HeatmapTable.Pivot pivot = table.pivot(dim);
            List<HeatmapRowView> rows = new ArrayList<>();
            for (CategoryGap r : ordering.ordered(List.copyOf(representative.values()), dim)) {
                List<HeatmapCellView> cells = new ArrayList<>();
                for (int i = 0; i < processes.size(); i++) {
                    cells.add(cell(pivot, r.category(), i));
                }
                rows.add(new HeatmapRowView(context.categoryLabel().of(dim, r.category()), cells));
            }
            if (!rows.isEmpty()) {
                groups.add(new HeatmapGroupView(context.categoryLabel().dimension(dim), rows));
            }
        }
        return groups;
    }

    private HeatmapCellView cell(HeatmapTable.Pivot pivot, String category, int process) {
        HeatmapCells cells = new HeatmapCells(context);
        if (pivot.isWithheld(category, process)) {
            return cells.withheld();
        }
        Double ratio = pivot.ratio(category, process);
        return ratio == null ? cells.missing() : cells.ratio(ratio, "", "");
    }
}
