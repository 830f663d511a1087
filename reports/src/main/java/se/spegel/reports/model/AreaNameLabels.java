package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.reports.ReportLabels;
import se.spegel.schema.output.AreaName;
import se.spegel.schema.output.MetricCsvReader;

/**
 * Labels district codes with area names from {@code area_names.csv} (written by the evaluate job beside
 * the metric tables: {@code area_code, name, level}) where the given labels know no better; every other
 * label comes from the wrapped {@link ReportLabels}.
 */
public final class AreaNameLabels implements ReportLabels {

    static final String FILE = se.spegel.schema.output.MetricTables.AREA_NAMES.name() + ".csv";
    public static final String DISTRICT = "district";

    private final ReportLabels labels;
    private final Map<String, String> names;

    private AreaNameLabels(ReportLabels labels, Map<String, String> names) {
        this.labels = labels;
        this.names = names;
    }

    /** The labels with area names from the metrics folder, or the labels themselves when there is no such file. */
    public static ReportLabels wrap(ReportLabels labels, Path metricsDir) throws IOException {
        Path file = metricsDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return labels;
        }
        Map<String, String> names = new HashMap<>();
        for (AreaName area : MetricsCsvReader.table(file, MetricCsvReader::areaNames)) {
            names.put(area.areaCode(), area.name());
        }
        return new AreaNameLabels(labels, names);
    }

    @Override
    public String category(String dimensionCode, String categoryCode) {
        String label = labels.category(dimensionCode, categoryCode);
        if (DISTRICT.equals(dimensionCode) && label.equals(categoryCode)) {
            return names.getOrDefault(categoryCode, label);
        }
        return label;
    }

    @Override
    public String dimension(String dimensionCode) {
        return labels.dimension(dimensionCode);
    }

    @Override
    public String method(String methodCode) {
        return labels.method(methodCode);
    }

    @Override
    public String stage(String stageCode) {
        return labels.stage(stageCode);
    }

    @Override
    public List<String> categoryOrder(String dimensionCode) {
        return labels.categoryOrder(dimensionCode);
    }
}
