package se.spegel.reports.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.spegel.reports.DistrictBoundaries;
import se.spegel.reports.chart.AgePyramidChart;
import se.spegel.reports.chart.AgePyramidData;
import se.spegel.reports.chart.ChartStyle;
import se.spegel.reports.chart.DistrictMapChart;
import se.spegel.reports.chart.DistrictRateChart;
import se.spegel.reports.chart.FunnelChart;
import se.spegel.reports.chart.GapBar;
import se.spegel.reports.chart.GapChart;
import se.spegel.reports.chart.SvgChartFile;
import se.spegel.reports.model.AssemblyRows;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.RunManifest;
import se.spegel.reports.model.WithheldRange;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportCharts;
import se.spegel.reports.view.ReportView;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.ReportViewBuilder;
import se.spegel.reports.view.section.CategoryTable;
import se.spegel.reports.view.section.DistrictMapSection;
import se.spegel.reports.view.section.DistrictRateSection;
import se.spegel.reports.view.section.FunnelSection;
import se.spegel.reports.view.section.SurveyBased;

/** Writes one process's report folder: {@code charts/*.svg}, {@code report.html} and {@code report.pdf}. */
public final class ProcessReportWriter {

    static final String REPORT_FILE = "report.html";
    public static final String CHARTS_FOLDER = "charts";

    private final ReportContext context;
    private final HtmlTemplate template;
    private final PdfReportWriter pdf;
    private final GapChart gapChart;
    private final AgePyramidChart pyramidChart;
    private final FunnelChart funnelChart;
    private final DistrictRateChart districtChart;
    private final Optional<RunManifest> manifest;
    private final Optional<DistrictBoundaries> boundaries;
    private final ChartStyle style;

    public ProcessReportWriter(
            ReportContext context,
            HtmlTemplate template,
            PdfReportWriter pdf,
            ChartStyle style,
            Optional<RunManifest> manifest,
            Optional<DistrictBoundaries> boundaries) {
        this.manifest = manifest;
        this.boundaries = boundaries;
        this.style = style;
        this.funnelChart = new FunnelChart(style, context.numbers(), context.messages());
        this.districtChart = new DistrictRateChart(style, context.numbers(), context.messages());
        this.context = context;
        this.template = template;
        this.pdf = pdf;
        this.gapChart = new GapChart(style, context.numbers(), context.messages());
        this.pyramidChart = new AgePyramidChart(style, context.numbers(), context.messages());
    }

    Path write(ProcessMetrics metrics, Path folder) throws IOException {
        return write(metrics, folder, AssemblyRows.NONE);
    }

    /** @param assembly the process's own rows of the assembly tables */
    public Path write(ProcessMetrics metrics, Path folder, AssemblyRows assembly) throws IOException {
        Files.createDirectories(folder.resolve(CHARTS_FOLDER));
        String stage = metrics.reportedStage();
        Map<String, ChartView> gapCharts = writeGapCharts(metrics, stage, folder);
        Optional<ChartView> pyramid = writePyramid(metrics, stage, folder);
        ReportCharts charts = new ReportCharts(
                gapCharts,
                pyramid,
                writeFunnel(metrics, folder),
                writeDistrictRates(metrics, stage, folder),
                writeDistrictMaps(metrics, stage, folder));
        ReportView view = new ReportViewBuilder(context).build(metrics, charts, manifest, assembly);
        Path report = folder.resolve(REPORT_FILE);
        String html = template.render(view, context.messages().all());
        Files.writeString(report, html, StandardCharsets.UTF_8);
        pdf.write(html, folder);
        return report;
    }

    private Map<String, ChartView> writeGapCharts(ProcessMetrics metrics, String stage, Path folder)
            throws IOException {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        CategoryTable ordering = new CategoryTable(context);
        int index = 1;
        for (String dimension : metrics.plainDimensions(stage)) {
            String fewer = context.publishedCount().belowThresholdText();
            List<GapBar> bars = ordering.ordered(metrics.gaps(stage, dimension), dimension).stream()
                    .filter(r -> MetricRows.hasCounterpart(r)
                            && (r.gapPp() != null || WithheldRange.of(r).isPresent()))
                    .map(r -> WithheldRange.of(r)
                            .map(range -> GapBar.withheld(
                                    r, context.labels().category(dimension, r.category()), range, fewer))
                            .orElseGet(() -> GapBar.of(r, context.labels().category(dimension, r.category()))))
                    .toList();
            if (bars.isEmpty()) {
                continue;
            }
            String file = String.format("%s/gaps-%02d-%s.svg", CHARTS_FOLDER, index++, fileSafe(dimension));
            int height = GapChart.height(bars.size());
            SvgChartFile.write(
                    gapChart.create(bars),
                    GapChart.WIDTH,
                    height,
                    folder.resolve(file),
                    context.settings().pngCharts());
            charts.put(
                    dimension,
                    new ChartView(
                            file,
                            GapChart.WIDTH,
                            height,
                            context.messages()
                                    .get("chart.gap.alt", SurveyBased.label(context, metrics, stage, dimension))));
        }
        return charts;
    }

    private Optional<ChartView> writePyramid(ProcessMetrics metrics, String stage, Path folder) throws IOException {
        Optional<AgePyramidData> data = AgePyramidData.from(metrics, stage, context.labels());
        if (data.isEmpty()) {
            return Optional.empty();
        }
        String file = CHARTS_FOLDER + "/age-pyramid.svg";
        int height = AgePyramidChart.height(data.get().bands().size());
        SvgChartFile.write(
                pyramidChart.create(data.get()),
                AgePyramidChart.WIDTH,
                height,
                folder.resolve(file),
                context.settings().pngCharts());
        return Optional.of(new ChartView(
                file, AgePyramidChart.WIDTH, height, context.messages().get("chart.pyramid.alt")));
    }

    private Optional<ChartView> writeFunnel(ProcessMetrics metrics, Path folder) throws IOException {
        if (!FunnelSection.applies(metrics)) {
            return Optional.empty();
        }
        String file = CHARTS_FOLDER + "/funnel.svg";
        SvgChartFile.write(
                funnelChart.create(new FunnelSection(context).chartStages(metrics)),
                FunnelChart.WIDTH,
                FunnelChart.HEIGHT,
                folder.resolve(file),
                context.settings().pngCharts());
        return Optional.of(new ChartView(
                file, FunnelChart.WIDTH, FunnelChart.HEIGHT, context.messages().get("chart.funnel.alt")));
    }

    private Optional<ChartView> writeDistrictRates(ProcessMetrics metrics, String stage, Path folder)
            throws IOException {
        DistrictRateSection section = new DistrictRateSection(context);
        List<DistrictRateChart.Bar> bars = section.bars(metrics, stage);
        if (bars.isEmpty()) {
            return Optional.empty();
        }
        String file = CHARTS_FOLDER + "/district-per-1000.svg";
        int height = DistrictRateChart.height(bars.size());
        SvgChartFile.write(
                districtChart.create(
                        bars, section.overall(metrics, stage).orElse(null), section.decimals(metrics, stage)),
                DistrictRateChart.WIDTH,
                height,
                folder.resolve(file),
                context.settings().pngCharts());
        return Optional.of(new ChartView(
                file, DistrictRateChart.WIDTH, height, context.messages().get("chart.district.alt")));
    }

    /** charts/district-map.svg (and district-response-map.svg after an invitation) from the boundaries file. */
    private ReportCharts.DistrictMaps writeDistrictMaps(ProcessMetrics metrics, String stage, Path folder)
            throws IOException {
        if (boundaries.isEmpty()) {
            return ReportCharts.DistrictMaps.NONE;
        }
        DistrictMapSection section = new DistrictMapSection(context, boundaries.get());
        List<ChartView> charts = new java.util.ArrayList<>();
        Map<String, String> responseRates = new LinkedHashMap<>();
        Optional<DistrictMapSection.MapData> participation =
                section.participation(metrics, stage, new DistrictRateSection(context).decimals(metrics, stage));
        if (participation.isPresent()) {
            charts.add(writeMap(participation.get(), folder, CHARTS_FOLDER + "/district-map.svg"));
        }
        Optional<DistrictMapSection.MapData> response = section.responseRate(metrics);
        if (response.isPresent()) {
            charts.add(writeMap(response.get(), folder, CHARTS_FOLDER + "/district-response-map.svg"));
            for (DistrictMapChart.Area area : response.get().areas()) {
                responseRates.put(
                        area.code(),
                        area.withheld()
                                ? context.messages().get("count.suppressedMarker")
                                : response.get().format().apply(area.value() == null ? 0 : area.value()));
            }
        }
        List<String> missing = section.missingShapes(metrics, stage);
        List<String> notes = missing.isEmpty()
                ? List.of()
                : List.of(context.messages()
                        .get(
                                "map.missingShapes",
                                boundaries.get().file().getFileName().toString(),
                                String.join(", ", missing)));
        return new ReportCharts.DistrictMaps(charts, responseRates, notes);
    }

    private ChartView writeMap(DistrictMapSection.MapData map, Path folder, String file) throws IOException {
        DistrictMapChart chart = new DistrictMapChart(map.areas(), map.scale(), map.format(), map.legend(), style);
        SvgChartFile.write(
                chart,
                DistrictMapChart.WIDTH,
                chart.height(),
                folder.resolve(file),
                context.settings().pngCharts());
        return new ChartView(file, DistrictMapChart.WIDTH, chart.height(), map.alt());
    }

    private static String fileSafe(String dimension) {
        return dimension.replaceAll("[^A-Za-z0-9_-]+", "-");
    }
}
