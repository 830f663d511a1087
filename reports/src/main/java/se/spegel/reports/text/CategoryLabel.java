package se.spegel.reports.text;

import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.ReportLabels;
import se.spegel.reports.model.DimensionCode;
import se.spegel.schema.output.CategoryOrder;

/** Labels of categories, including intersection categories such as {@code 25-34×kvinna} → "25–34 år, Kvinnor". */
public final class CategoryLabel {

    private final ReportLabels labels;

    CategoryLabel(ReportLabels labels) {
        this.labels = labels;
    }

    public String of(String dimension, String category) {
        if (!DimensionCode.isIntersection(dimension)) {
            return labels.category(dimension, category);
        }
        List<String> dims = DimensionCode.parts(dimension);
        List<String> cats = DimensionCode.parts(category);
        if (dims.size() != cats.size()) {
            return category;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            parts.add(labels.category(dims.get(i), cats.get(i)));
        }
        return String.join(", ", parts);
    }

    /**
     * The display order of a dimension's categories: data-schema's {@link CategoryOrder} (the order category_gaps
     * is written in) with the codes the labels list for each part of the dimension.
     */
    public CategoryOrder order(String dimension) {
        return CategoryOrder.ofParts(DimensionCode.parts(dimension).stream()
                .map(labels::categoryOrder)
                .toList());
    }

    public String dimension(String dimension) {
        if (!DimensionCode.isIntersection(dimension)) {
            return labels.dimension(dimension);
        }
        return String.join(
                " \u00d7 ",
                DimensionCode.parts(dimension).stream().map(labels::dimension).toList());
    }
}
