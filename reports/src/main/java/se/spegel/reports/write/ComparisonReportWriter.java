package se.spegel.reports.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.chart.ChartStyle;
import se.spegel.reports.chart.ComparisonChart;
import se.spegel.reports.chart.SvgChartFile;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ComparisonViewBuilder;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.schema.output.DimensionSummary;

/**
 * Writes the comparison report of several processes: {@code charts/dissimilarity-by-process.svg},
 * {@code report.html} and {@code report.pdf} in its folder.
 */
public final class ComparisonReportWriter {

    public static final String FOLDER = "comparison";
    static final String CHART_FILE = ProcessReportWriter.CHARTS_FOLDER + "/dissimilarity-by-process.svg";

    private final ReportContext context;
    private final HtmlTemplate template;
    private final PdfReportWriter pdf;
    private final ComparisonChart chart;

    public ComparisonReportWriter(ReportContext context, HtmlTemplate template, PdfReportWriter pdf, ChartStyle style) {
        this.context = context;
        this.template = template;
        this.pdf = pdf;
        this.chart = new ComparisonChart(style, context.numbers(), context.messages());
    }

    public Path write(List<ProcessMetrics> processes, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(ProcessReportWriter.CHARTS_FOLDER));
        ComparisonViewBuilder builder = new ComparisonViewBuilder(context);
        List<String> dims = ComparisonViewBuilder.dimensions(processes);
        List<ComparisonChart.Bar> bars = new ArrayList<>();
        for (String dim : dims) {
            for (ProcessMetrics p : processes) {
                String stage = p.reportedStage();
                String method = builder.methodLabel(p);
                String label = method.isEmpty()
                        ? ComparisonViewBuilder.name(p)
                        : method + " – " + ComparisonViewBuilder.name(p);
                bars.add(new ComparisonChart.Bar(
                        p.processId(),
                        label,
                        dim,
                        context.categoryLabel().dimension(dim),
                        p.summary(stage, dim)
                                .map(DimensionSummary::dissimilarity)
                                .orElse(null)));
            }
        }
        int height = ComparisonChart.height(dims.size(), processes.size());
        SvgChartFile.write(
                chart.create(bars),
                ComparisonChart.WIDTH,
                height,
                folder.resolve(CHART_FILE),
                context.settings().pngCharts());
        ChartView chartView = new ChartView(
                CHART_FILE, ComparisonChart.WIDTH, height, context.messages().get("chart.comparison.alt"));
        Path report = folder.resolve(ProcessReportWriter.REPORT_FILE);
        String html = template.renderComparison(
                builder.build(processes, chartView), context.messages().all());
        Files.writeString(report, html, StandardCharsets.UTF_8);
        pdf.write(html, folder);
        return report;
    }
}
