package se.spegel.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.reports.text.AgeBandLabel;

/**
 * {@link ReportLabels} backed by maps. Unknown codes are shown as they are; codes of the {@code age}
 * dimension that look like age bands get a label such as "16–24 år" unless one is given.
 */
public final class MapReportLabels implements ReportLabels {

    /** Dimension whose band codes are labelled automatically. */
    public static final String AGE_DIMENSION = "age";

    private final String ageUnit;
    private final Map<String, String> dimensions = new HashMap<>();
    private final Map<String, Map<String, String>> categories = new HashMap<>();
    private final Map<String, List<String>> categoryOrders = new HashMap<>();
    private final Map<String, String> methods = new HashMap<>();
    private final Map<String, String> stages = new HashMap<>();

    /** Labels for a report language; {@code lang} picks the unit word of age bands ("år" or "years"). */
    public MapReportLabels(String lang) {
        this.ageUnit = AgeBandLabel.unitFor(lang);
    }

    public MapReportLabels dimension(String code, String label) {
        dimensions.put(code, label);
        return this;
    }

    /** Adds a category label; categories are ordered as they are added unless {@link #order} is called. */
    public MapReportLabels category(String dimensionCode, String categoryCode, String label) {
        categories.computeIfAbsent(dimensionCode, d -> new HashMap<>()).put(categoryCode, label);
        categoryOrders.merge(dimensionCode, List.of(categoryCode), MapReportLabels::append);
        return this;
    }

    public MapReportLabels order(String dimensionCode, List<String> categoryCodes) {
        categoryOrders.put(dimensionCode, List.copyOf(categoryCodes));
        return this;
    }

    public MapReportLabels method(String code, String label) {
        methods.put(code, label);
        return this;
    }

    public MapReportLabels stage(String code, String label) {
        stages.put(code, label);
        return this;
    }

    @Override
    public String dimension(String dimensionCode) {
        return dimensions.getOrDefault(dimensionCode, dimensionCode);
    }

    @Override
    public String category(String dimensionCode, String categoryCode) {
        String label = categories.getOrDefault(dimensionCode, Map.of()).get(categoryCode);
        if (label != null) {
            return label;
        }
        if (AGE_DIMENSION.equals(dimensionCode)) {
            return AgeBandLabel.of(categoryCode, ageUnit).orElse(categoryCode);
        }
        return categoryCode;
    }

    @Override
    public String method(String methodCode) {
        return methods.getOrDefault(methodCode, methodCode);
    }

    @Override
    public String stage(String stageCode) {
        return stages.getOrDefault(stageCode, stageCode);
    }

    @Override
    public List<String> categoryOrder(String dimensionCode) {
        return categoryOrders.getOrDefault(dimensionCode, List.of());
    }

    private static List<String> append(List<String> existing, List<String> added) {
        if (existing.containsAll(added)) {
            return existing;
        }
        var joined = new java.util.ArrayList<>(existing);
        joined.addAll(added);
        return List.copyOf(joined);
    }
}
