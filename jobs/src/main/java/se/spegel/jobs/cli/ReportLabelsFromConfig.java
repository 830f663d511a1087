package se.spegel.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.ReportLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.schema.Method;
import se.spegel.schema.config.CategoryDef;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.AreaName;
import se.spegel.schema.output.MetricCsvReader;
import se.spegel.schema.output.MetricTables;

/** Report labels and settings taken from conf, so reports never need to read conf themselves. */
final class ReportLabelsFromConfig {
    private ReportLabelsFromConfig() {}

    /** Labels from conf, plus district names from the metrics folder's area_names.csv when it is there. */
    static ReportLabels labels(SpegelConfig config, String lang, Path metricsDir) throws IOException {
        MapReportLabels labels = new MapReportLabels(lang);
        for (DimensionScheme dimension : config.dimensions().values()) {
            labels.dimension(dimension.code(), dimension.label(lang));
            for (CategoryDef category : dimension.categories()) {
                labels.category(dimension.code(), category.code(), dimension.categoryLabel(category.code(), lang));
            }
        }
        // age categories are whatever bands the population table used; the report sorts them by age
        Path areaNames = metricsDir.resolve(MetricTables.AREA_NAMES.name() + ".csv");
        if (Files.isRegularFile(areaNames)) {
            for (AreaName area : MetricCsvReader.areaNames(areaNames)) {
                labels.category("district", area.areaCode(), area.name());
            }
        }
        // the names label the district codes but do not order them: districts are shown, as category_gaps lists
        // them, in data-schema's CategoryOrder of their codes (after any that conf lists)
        DimensionScheme districts = config.dimension("district");
        labels.order("district", districts == null ? List.of() : districts.order());
        for (Method method : Method.values()) {
            labels.method(method.code(), config.methodLabel(method.code(), lang));
            config.stagesOf(method).forEach(stage -> labels.stage(stage, config.stageLabel(stage, lang)));
        }
        return labels;
    }

    static ReportSettings settings(SpegelConfig config, String lang) {
        return new ReportSettings(
                lang,
                config.disclosureMinCount(),
                config.dissimilarityLow(),
                config.dissimilarityHigh(),
                config.reportPngCharts(),
                new ReportSettings.VerdictRule(
                        config.verdictMinN(),
                        config.verdictAlpha(),
                        config.verdictAlphaBetter(),
                        config.verdictModerateExcess(),
                        config.verdictLargeExcess()));
    }
}
