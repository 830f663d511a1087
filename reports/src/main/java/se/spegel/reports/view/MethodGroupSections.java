package se.spegel.reports.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ComparisonView.HeatmapCellView;
import se.spegel.reports.view.ComparisonView.HeatmapColumnView;
import se.spegel.reports.view.ComparisonView.HeatmapGroupView;
import se.spegel.reports.view.ComparisonView.HeatmapRowView;
import se.spegel.reports.view.MethodComparisonView.RankCellView;
import se.spegel.reports.view.MethodComparisonView.RankingGroupView;
import se.spegel.reports.view.MethodComparisonView.RankingRowView;
import se.spegel.schema.output.MethodGroupReach;

/**
 * The group sections of the method comparison: the heat map (method × group: median ratio, share of
 * processes with the group significantly under-represented) and the ranking of methods per group.
 * Districts are left out: their codes are areas of one municipality each, not groups every method has.
 */
final class MethodGroupSections {

    static final String DISTRICT = "district";

    private final ReportContext context;
    private final List<String> methods;
    /** Rows per dimension (plain dimensions in report order, districts left out), then category. */
    private final Map<String, Map<String, List<MethodGroupReach>>> byDimension = new LinkedHashMap<>();

    MethodGroupSections(
            ReportContext context, List<MethodGroupReach> rows, List<String> methods, List<String> dimensions) {
        this.context = context;
        this.methods = methods;
        for (String dim : dimensions) {
            if (dim.equals(DISTRICT)) {
                continue;
            }
            Set<String> categories = new LinkedHashSet<>();
            rows.stream().filter(r -> r.dimension().equals(dim)).forEach(r -> categories.add(r.category()));
            Map<String, List<MethodGroupReach>> byCategory = new LinkedHashMap<>();
            categories.stream()
                    .sorted(context.categoryLabel().order(dim))
                    .forEach(c -> byCategory.put(
                            c,
                            rows.stream()
                                    .filter(r -> r.dimension().equals(dim)
                                            && r.category().equals(c))
                                    .toList()));
            if (!byCategory.isEmpty()) {
                byDimension.put(dim, byCategory);
            }
        }
    }

    List<HeatmapColumnView> heatmapColumns(Map<String, Long> processesPerMethod) {
        return methods.stream()
                .map(m -> new HeatmapColumnView(
                        context.labels().method(m),
                        context.messages()
                                .get(
                                        "methodComparison.heatmap.processes",
                                        context.numbers().count(processesPerMethod.getOrDefault(m, 0L)))))
                .toList();
    }

    List<HeatmapGroupView> heatmapGroups() {
        List<HeatmapGroupView> groups = new ArrayList<>();
        byDimension.forEach((dim, categories) -> {
            List<HeatmapRowView> rows = new ArrayList<>();
            categories.forEach((category, groupRows) -> rows.add(new HeatmapRowView(
                    context.categoryLabel().of(dim, category),
                    methods.stream()
                            .map(m -> heatmapCell(groupRows.stream()
                                    .filter(r -> r.method().equals(m))
                                    .findFirst()))
                            .toList())));
            groups.add(new HeatmapGroupView(context.categoryLabel().dimension(dim), rows));
        });
        return groups;
    }

    private HeatmapCellView heatmapCell(Optional<MethodGroupReach> row) {
        HeatmapCells cells = new HeatmapCells(context);
        if (row.isEmpty()) {
            return cells.missing();
        }
        MethodGroupReach r = row.get();
        if (r.medianRatio() == null) {
            // most processes withheld the group: no median to show
            return r.nWithheld() > 0
                    ? cells.withheld(context.messages()
                            .get(
                                    "methodComparison.heatmap.withheld",
                                    String.valueOf(r.nWithheld()),
                                    String.valueOf(r.nProcesses())))
                    : cells.missing();
        }
        String under = r.shareUnder() == null
                ? ""
                : context.messages()
                        .get("methodComparison.heatmap.under", context.numbers().percent(r.shareUnder(), 0));
        String title = context.messages()
                .get(
                        "methodComparison.heatmap.title",
                        String.valueOf(r.nProcesses()),
                        String.valueOf(r.nUnder()),
                        String.valueOf(r.nTested()));
        return cells.ratio(r.medianRatio(), under, title);
    }

    /** "Plats 1", "Plats 2" …: one column per method. */
    List<String> rankHeaders() {
        List<String> headers = new ArrayList<>();
        for (int i = 1; i <= methods.size(); i++) {
            headers.add(context.messages().get("methodComparison.ranking.col.rank", String.valueOf(i)));
        }
        return headers;
    }

    List<RankingGroupView> ranking() {
        List<RankingGroupView> groups = new ArrayList<>();
        byDimension.forEach((dim, categories) -> {
            List<RankingRowView> rows = new ArrayList<>();
            categories.forEach((category, groupRows) -> {
                List<RankCellView> cells = new ArrayList<>(groupRows.stream()
                        .filter(r -> r.rank() != null)
                        .sorted(Comparator.comparing(MethodGroupReach::rank))
                        .map(this::rankCell)
                        .toList());
                if (cells.isEmpty()) {
                    return;
                }
                while (cells.size() < methods.size()) {
                    cells.add(new RankCellView("", ""));
                }
                rows.add(new RankingRowView(context.categoryLabel().of(dim, category), cells));
            });
            if (!rows.isEmpty()) {
                groups.add(new RankingGroupView(context.categoryLabel().dimension(dim), rows));
            }
        });
        return groups;
    }

    private RankCellView rankCell(MethodGroupReach r) {
        return new RankCellView(
                context.labels().method(r.method()),
                context.messages()
                        .get(
                                "methodComparison.ranking.detail",
                                context.numbers().percent(r.shareUnder(), 0),
                                context.numbers().decimal(r.medianRatio(), 2)));
    }

    /** Whether district rows were left out (the notes say so). */
    static boolean leavesOutDistricts(List<MethodGroupReach> rows) {
        return rows.stream().anyMatch(r -> r.dimension().equals(DISTRICT));
    }
}
