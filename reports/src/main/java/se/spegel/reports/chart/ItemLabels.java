package se.spegel.reports.chart;

import java.io.Serializable;
import java.util.function.BiFunction;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** Value labels of a category chart from a function of (column, value); {@code null} draws no label. */
final class ItemLabels implements CategoryItemLabelGenerator, Serializable {

    private static final long serialVersionUID = 1L;

    private final transient BiFunction<Integer, Number, String> label;

    ItemLabels(BiFunction<Integer, Number, String> label) {
        this.label = label;
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return dataset.getRowKey(row).toString();
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return dataset.getColumnKey(column).toString();
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number value = dataset.getValue(row, column);
        return value == null ? null : label.apply(column, value);
    }
}
