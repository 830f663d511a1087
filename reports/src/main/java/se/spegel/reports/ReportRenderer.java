package se.spegel.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the evaluation report of every process in a metrics folder ({@code category_gaps.csv},
 * {@code dimension_summary.csv}, {@code process_summary.csv}) into
 * {@code outDir/<process_id>/report.html} with its charts in {@code outDir/<process_id>/charts/*.svg}, and the
 * same report as an A4 PDF with embedded fonts, {@code outDir/<process_id>/report.pdf}.
 * District codes are labelled with the names in {@code area_names.csv} when the folder has one.
 */
public final class ReportRenderer {

  private final ReportLabels labels;
  private final ReportSettings settings;

  public ReportRenderer(ReportLabels labels, ReportSettings settings) {
    this.labels = Objects.requireNonNull(labels, "labels");
    this.settings = Objects.requireNonNull(settings, "settings");
    ReportContext.of(labels, settings); // fails fast on an unsupported language
  }

  /**
   * Renders one report per process found in metricsDir into outDir/&lt;process_id&gt;/report.html
   * (+ charts/*.svg and report.pdf). Returns the report.html paths in process order.
   *
   * @throws InvalidMetricsException when a metric table is missing or unreadable, or a process id
   *     cannot be a folder name
   */
  public List<Path> renderAll(Path metricsDir, Path outDir) throws IOException {
    MetricTables tables = new MetricsCsvReader().read(metricsDir);
    List<String> processIds = tables.processIds();
    Map<String, String> folders = folderNames(processIds);
    ReportContext context = ReportContext.of(AreaNameLabels.wrap(labels, metricsDir), settings);
    ProcessReportWriter writer = new ProcessReportWriter(context, new HtmlTemplate(), new PdfReportWriter(),
        ChartStyle.standard(), new RunManifestReader().readBeside(metricsDir));
    List<Path> reports = new ArrayList<>();
    for (String processId : processIds) {
      reports.add(writer.write(tables.forProcess(processId), outDir.resolve(folders.get(processId))));
    }
    return reports;
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
    return folders;
  }
}
