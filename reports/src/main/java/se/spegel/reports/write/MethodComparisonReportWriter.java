package se.spegel.reports.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import se.spegel.reports.chart.ChartStyle;
import se.spegel.reports.chart.MethodBoxChart;
import se.spegel.reports.chart.SvgChartFile;
import se.spegel.reports.model.MethodComparisonMetrics;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.MethodComparisonViewBuilder;
import se.spegel.reports.view.ReportView.ChartView;

/** Writes the method comparison: {@code charts/dissimilarity-by-method.svg}, {@code report.html} and {@code report.pdf}. */
public final class MethodComparisonReportWriter {

    static final String CHART_FILE = ProcessReportWriter.CHARTS_FOLDER + "/dissimilarity-by-method.svg";

    private final ReportContext context;

    public MethodComparisonReportWriter(ReportContext context) {
        this.context = context;
    }

    public Path write(MethodComparisonMetrics metrics, Path folder) throws IOException {
        Files.createDirectories(folder.resolve(ProcessReportWriter.CHARTS_FOLDER));
        MethodComparisonViewBuilder builder = new MethodComparisonViewBuilder(context, metrics);
        MethodBoxChart chart = new MethodBoxChart(ChartStyle.standard(), context.numbers(), context.messages());
        SvgChartFile.write(
                chart.create(builder.boxes()),
                MethodBoxChart.WIDTH,
                MethodBoxChart.HEIGHT,
                folder.resolve(CHART_FILE),
                context.settings().pngCharts());
        ChartView chartView = new ChartView(
                CHART_FILE,
                MethodBoxChart.WIDTH,
                MethodBoxChart.HEIGHT,
                context.messages().get("chart.methodBox.alt"));
        String html = new HtmlTemplate()
                .renderMethodComparison(
                        builder.build(chartView), context.messages().all());
        Path report = folder.resolve(ProcessReportWriter.REPORT_FILE);
        Files.writeString(report, html, StandardCharsets.UTF_8);
        new PdfReportWriter().write(html, folder);
        return report;
    }
}
