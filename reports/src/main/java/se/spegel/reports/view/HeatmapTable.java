package se.spegel.reports.view;

import java.util.List;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The comparison heat map's values as a Tablesaw table: every process's category rows at its
 * reported stage in one long table, pivoted per dimension into category × process (the ratio, and
 * whether the count was withheld). Processes are keyed by their position, not their id, so that
 * no process id can collide with a column name of the pivot.
 */
final class HeatmapTable {
    private static final String PROCESS = "process";
    private static final String DIMENSION = "dimension";
    private static final String CATEGORY = "category";
    private static final String RATIO = "ratio";
    private static final String WITHHELD = "withheld";

    private final Table gaps;

    private HeatmapTable(Table gaps) {
        this.gaps = gaps;
    }

    static HeatmapTable of(List<ProcessMetrics> processes) {
        StringColumn process = StringColumn.create(PROCESS);
        StringColumn dimension = StringColumn.create(DIMENSION);
        StringColumn category = StringColumn.create(CATEGORY);
        DoubleColumn ratio = DoubleColumn.create(RATIO);
        DoubleColumn withheld = DoubleColumn.create(WITHHELD);
        for (int i = 0; i < processes.size(); i++) {
            ProcessMetrics p = processes.get(i);
            for (CategoryGap gap : p.categoryGaps()) {
                if (gap.stage().equals(p.reportedStage())) {
                    process.append(key(i));
                    dimension.append(gap.dimension());
                    category.append(gap.category());
                    if (gap.ratio() == null) {
                        ratio.appendMissing();
                    } else {
                        ratio.append(gap.ratio());
                    }
                    withheld.append(Boolean.TRUE.equals(gap.suppressed()) ? 1 : 0);
                }
            }
        }
        return new HeatmapTable(Table.create("category_gaps", process, dimension, category, ratio, withheld));
    }

    /** One dimension's cells: category × process. */
    Pivot pivot(String dim) {
        Table rows = gaps.where(gaps.stringColumn(DIMENSION).isEqualTo(dim));
        // one row per process × category, so the aggregate of a cell is its only value (missing stays missing)
        return new Pivot(
                rows.pivot(CATEGORY, PROCESS, RATIO, AggregateFunctions.max),
                rows.pivot(CATEGORY, PROCESS, WITHHELD, AggregateFunctions.max));
    }

    private static String key(int process) {
        return "p" + process;
    }

    /** The pivoted cells of one dimension. */
    static final class Pivot {
        private final Table ratios;
        private final Table withheld;

        private Pivot(Table ratios, Table withheld) {
            this.ratios = ratios;
            this.withheld = withheld;
        }

        /** Whether the process has a row for the category (a comparison, or a withheld count). */
        boolean hasRow(String category, int process) {
            return value(withheld, category, process) != null;
        }

        boolean isWithheld(String category, int process) {
            Double flag = value(withheld, category, process);
            return flag != null && flag > 0;
        }

        /** The ratio, or null when the process has none for the category. */
        Double ratio(String category, int process) {
            return value(ratios, category, process);
        }

        private static Double value(Table pivot, String category, int process) {
            String column = key(process);
            if (!pivot.containsColumn(column)) {
                return null;
            }
            StringColumn categories = pivot.stringColumn(CATEGORY);
            int row = categories.indexOf(category);
            if (row < 0) {
                return null;
            }
            double value = pivot.doubleColumn(column).getDouble(row);
            return Double.isNaN(value) ? null : value;
        }
    }
}
