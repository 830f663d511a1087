package se.spegel.reports;

import java.util.ArrayList;
import java.util.List;

/** Labels of categories, including intersection categories such as {@code 25-34×kvinna} → "25–34 år, Kvinnor". */
final class CategoryLabel {

  private final ReportLabels labels;

  CategoryLabel(ReportLabels labels) {
    this.labels = labels;
  }

  String of(String dimension, String category) {
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

  String dimension(String dimension) {
    if (!DimensionCode.isIntersection(dimension)) {
      return labels.dimension(dimension);
    }
    return String.join(" \u00d7 ", DimensionCode.parts(dimension).stream().map(labels::dimension).toList());
  }
}
