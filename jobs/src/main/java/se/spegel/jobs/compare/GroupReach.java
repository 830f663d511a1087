package se.spegel.jobs.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.MethodGroupReach;

/**
 * Which groups each method reaches: per method × dimension × category, over the final-stage rows of
 * category_gaps that have a population counterpart, the number of processes in which the group was
 * significantly under-represented ({@code significant} and {@code gap_pp < 0}) or over-represented,
 * out of those with a significance result (withheld rows have none), and the median ratio. Methods are
 * then ranked per group.
 *
 * <p>Withheld rows (1 to k − 1 participants, disclosure control) have no ratio. The median is taken over
 * the published ratios, and is left empty when more than half of the processes withheld the group:
 * the median would then be one of the unknown values, and the published ones (mostly zeros) would
 * pull it down.
 */
final class GroupReach {
    private GroupReach() {}

    private record Group(String dimension, String category) {}

    private record Cell(String method, Group group) {}

    /**
     * @param gaps     category rows at each process's final stage
     * @param methodOf method code per process id
     */
    static List<MethodGroupReach> of(List<CategoryGap> gaps, Map<String, String> methodOf) {
        Map<Group, Integer> groupOrder = new LinkedHashMap<>();
        Map<Cell, List<CategoryGap>> cells = new LinkedHashMap<>();
        for (CategoryGap gap : gaps) {
            if (gap.popShare() == null) {
                continue; // no population counterpart (e.g. a non-binary answer): nothing to be under-represented
                // against
            }
            Group group = new Group(gap.dimension(), gap.category());
            groupOrder.putIfAbsent(group, groupOrder.size());
            cells.computeIfAbsent(new Cell(methodOf.get(gap.processId()), group), k -> new ArrayList<>())
                    .add(gap);
        }
        Comparator<Cell> order = Comparator.comparing((Cell c) -> groupOrder.get(c.group()))
                .thenComparing(Cell::method, MethodOrder.CODES);
        List<MethodGroupReach> rows = new ArrayList<>();
        cells.keySet().stream().sorted(order).forEach(cell -> rows.add(row(cell, cells.get(cell))));
        return ranked(rows);
    }

    private static MethodGroupReach row(Cell cell, List<CategoryGap> gaps) {
        int tested = 0;
        int under = 0;
        int over = 0;
        int withheld = 0;
        List<Double> ratios = new ArrayList<>();
        for (CategoryGap gap : gaps) {
            if (Boolean.TRUE.equals(gap.suppressed())) {
                withheld++;
            }
            if (gap.significant() != null) {
                tested++;
                if (gap.significant() && gap.gapPp() != null && gap.gapPp() < 0) {
                    under++;
                } else if (gap.significant() && gap.gapPp() != null && gap.gapPp() > 0) {
                    over++;
                }
            }
            if (gap.ratio() != null) {
                ratios.add(gap.ratio());
            }
        }
        int processes =
                (int) gaps.stream().map(CategoryGap::processId).distinct().count();
        boolean mostlyWithheld = 2 * withheld > processes;
        Double medianRatio = ratios.isEmpty() || mostlyWithheld
                ? null
                : Quantiles.median(
                        ratios.stream().mapToDouble(Double::doubleValue).toArray());
        return new MethodGroupReach(
                cell.method(),
                cell.group().dimension(),
                cell.group().category(),
                processes,
                tested,
                under,
                share(under, tested),
                over,
                share(over, tested),
                withheld,
                medianRatio,
                null);
    }

    private static Double share(int count, int of) {
        return of == 0 ? null : (double) count / of;
    }

    /**
     * Rank of each method within its group: 1 = reaches the group most, i.e. the highest median ratio
     * (participants' share over residents' share); equal ratios are ordered by how rarely the group was
     * significantly under-represented; equal on both = equal rank (1, 1, 3). The share alone would rank
     * small processes first, whose tests rarely reach significance. Methods without a median ratio get
     * no rank.
     */
    static List<MethodGroupReach> ranked(List<MethodGroupReach> rows) {
        Comparator<MethodGroupReach> better = Comparator.comparing(
                        MethodGroupReach::medianRatio, Comparator.reverseOrder())
                .thenComparing(MethodGroupReach::shareUnder, Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Group, List<MethodGroupReach>> byGroup = new LinkedHashMap<>();
        for (MethodGroupReach row : rows) {
            if (row.medianRatio() != null) {
                byGroup.computeIfAbsent(new Group(row.dimension(), row.category()), k -> new ArrayList<>())
                        .add(row);
            }
        }
        Map<MethodGroupReach, Integer> ranks = new java.util.HashMap<>();
        for (List<MethodGroupReach> group : byGroup.values()) {
            List<MethodGroupReach> sorted = group.stream().sorted(better).toList();
            for (int i = 0; i < sorted.size(); i++) {
                boolean tie = i > 0 && better.compare(sorted.get(i - 1), sorted.get(i)) == 0;
                ranks.put(sorted.get(i), tie ? ranks.get(sorted.get(i - 1)) : i + 1);
            }
        }
        return rows.stream().map(r -> r.withRank(ranks.get(r))).toList();
    }
}
