package se.spegel.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.spegel.reports.chart.ChartStyle;
import se.spegel.reports.model.AreaNameLabels;
import se.spegel.reports.model.AssemblyRows;
import se.spegel.reports.model.MetricTables;
import se.spegel.reports.model.MetricsCsvReader;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.RunManifestReader;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.write.ComparisonReportWriter;
import se.spegel.reports.write.HtmlTemplate;
import se.spegel.reports.write.ParallelReports;
import se.spegel.reports.write.PdfReportWriter;
import se.spegel.reports.write.ProcessFolderName;
import se.spegel.reports.write.ProcessReportWriter;

/**
 * Renders the evaluation report of every process in a metrics folder ({@code category_gaps.csv},
 * {@code dimension_summary.csv}, {@code process_summary.csv}) into
 * {@code outDir/<process_id>/report.html} with its charts in {@code outDir/<process_id>/charts/*.svg}, and the
 * same report as an A4 PDF with embedded fonts, {@code outDir/<process_id>/report.pdf}.
 * With two or more processes, also a comparison of them all: {@code outDir/comparison/report.html} and
 * {@code report.pdf}.
 * District codes are labelled with the names in {@code area_names.csv} when the folder has one.
 */
public final class ReportRenderer {

    private final ReportLabels labels;
    private final ReportSettings settings;
    private final Optional<DistrictBoundaries> boundaries;
    private final int threads;

    public ReportRenderer(ReportLabels labels, ReportSettings settings) {
        this(labels, settings, Optional.empty(), Runtime.getRuntime().availableProcessors());
    }

    private ReportRenderer(
            ReportLabels labels, ReportSettings settings, Optional<DistrictBoundaries> boundaries, int threads) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.boundaries = Objects.requireNonNull(boundaries, "boundaries");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        ReportContext.of(labels, settings); // fails fast on an unsupported language
    }

    /** The same renderer drawing district maps ({@code charts/district-map.svg}) from these shapes. */
    public ReportRenderer withBoundaries(DistrictBoundaries shapes) {
        return new ReportRenderer(labels, settings, Optional.of(shapes), threads);
    }

    /** The same renderer writing this many process reports at a time (default: one per core). */
    public ReportRenderer withThreads(int reportThreads) {
        return new ReportRenderer(labels, settings, boundaries, reportThreads);
    }

    /** What {@link #render} wrote: the per-process report.html files and, for two or more processes, the comparison. */
    public record RenderedReports(List<Path> processReports, Optional<Path> comparisonReport) {
        public RenderedReports {
            processReports = List.copyOf(processReports);
            Objects.requireNonNull(comparisonReport, "comparisonReport");
        }

        /** The per-process reports, then the comparison report when there is one. */
        public List<Path> all() {
            List<Path> all = new ArrayList<>(processReports);
            comparisonReport.ifPresent(all::add);
            return List.copyOf(all);
        }
    }

    /**
     * Renders one report per process found in metricsDir into outDir/&lt;process_id&gt;/report.html
     * (+ charts/*.svg and report.pdf), and, when there are two or more processes, the comparison report
     * outDir/comparison/report.html (+ charts/*.svg and report.pdf). Returns the per-process report.html
     * paths in process order; {@link #render} also returns the comparison's path.
     *
     * @throws InvalidMetricsException when a metric table is missing or unreadable, or a process id
     *     cannot be a folder name
     */
    public List<Path> renderAll(Path metricsDir, Path outDir) throws IOException {
        return render(metricsDir, outDir).processReports();
    }

    /** As {@link #renderAll}, returning the comparison report's path too. */
    public RenderedReports render(Path metricsDir, Path outDir) throws IOException {
        return render(metricsDir, outDir, RenderProgress.NONE);
    }

    /** As {@link #render(Path, Path)}, telling {@code progress} after each report. */
    public RenderedReports render(Path metricsDir, Path outDir, RenderProgress progress) throws IOException {
        MetricTables tables = new MetricsCsvReader().read(metricsDir);
        List<String> processIds = tables.processIds();
        Map<String, String> folders = folderNames(processIds);
        ReportContext context = ReportContext.of(AreaNameLabels.wrap(labels, metricsDir), settings);
        HtmlTemplate template = new HtmlTemplate();
        PdfReportWriter pdf = new PdfReportWriter();
        ChartStyle style = ChartStyle.standard();
        ProcessReportWriter writer = new ProcessReportWriter(
                context, template, pdf, style, new RunManifestReader().readBeside(metricsDir), boundaries);
        List<ProcessMetrics> processes =
                processIds.stream().map(tables::forProcess).toList();
        AssemblyRows assembly = AssemblyRows.read(metricsDir);
        int total = processIds.size() + (processIds.size() >= 2 ? 1 : 0);
        List<Path> reports = ParallelReports.write(
                processes,
                threads,
                progress,
                total,
                metrics -> writer.write(
                        metrics,
                        outDir.resolve(folders.get(metrics.processId())),
                        assembly.forProcess(metrics.processId())));
        Optional<Path> comparison = Optional.empty();
        if (processes.size() >= 2) {
            comparison = Optional.of(new ComparisonReportWriter(context, template, pdf, style)
                    .write(processes, outDir.resolve(ComparisonReportWriter.FOLDER)));
            progress.rendered(total, total, ComparisonReportWriter.FOLDER);
        }
        return new RenderedReports(reports, comparison);
    }

    /**
     * Renders only the comparison report of the processes in metricsDir into outDir/comparison/; empty
     * (and nothing written) when the folder holds fewer than two processes.
     */
    public Optional<Path> renderComparison(Path metricsDir, Path outDir) throws IOException {
        MetricTables tables = new MetricsCsvReader().read(metricsDir);
        List<String> processIds = tables.processIds();
        folderNames(processIds);
        if (processIds.size() < 2) {
            return Optional.empty();
        }
        ReportContext context = ReportContext.of(AreaNameLabels.wrap(labels, metricsDir), settings);
        return Optional.of(
                new ComparisonReportWriter(context, new HtmlTemplate(), new PdfReportWriter(), ChartStyle.standard())
                        .write(
                                processIds.stream().map(tables::forProcess).toList(),
                                outDir.resolve(ComparisonReportWriter.FOLDER)));
    }

    private static Map<String, String> folderNames(List<String> processIds) throws InvalidMetricsException {
        Map<String, String> folders = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (String processId : processIds) {
            String folder = ProcessFolderName.of(processId);
            String owner = owners.putIfAbsent(folder.toLowerCase(java.util.Locale.ROOT), processId);
            if (owner != null) {
                throw new InvalidMetricsException("process ids '" + owner + "' and '" + processId
                        + "' would both be written to the report folder '" + folder + "'");
            }
            folders.put(processId, folder);
        }
        String taken = owners.get(ComparisonReportWriter.FOLDER);
        if (taken != null && processIds.size() >= 2) {
            throw new InvalidMetricsException("process id '" + taken + "' would be written to the report folder '"
                    + ComparisonReportWriter.FOLDER + "', which holds the comparison of all processes");
        }
        return folders;
    }
}
