package se.spegel.jobs.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.Columns;
import se.spegel.schema.input.InputException;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.MetricCsvReader;
import se.spegel.schema.output.MetricTables;
import se.spegel.schema.output.ProcessSummary;

/**
 * Reads the metric CSVs of one or more {@code spegel evaluate} runs for a comparison. Each folder is a
 * metrics folder ({@code DIR/metrics}) or the run's output folder holding one. Only the rows of each
 * process's final stage are kept, so thousands of processes fit in memory. A process id may appear in
 * one folder only: the same id in two runs would be two processes that no output could tell apart.
 */
public final class MetricFolders {
    private MetricFolders() {}

    public static ComparisonInput read(List<Path> folders) {
        List<ProcessSummary> stages = new ArrayList<>();
        List<DimensionSummary> dimensions = new ArrayList<>();
        List<CategoryGap> gaps = new ArrayList<>();
        Map<String, Path> seenIn = new HashMap<>();
        for (Path folder : folders) {
            Path metrics = metricsFolder(folder);
            Path summaryFile = table(metrics, MetricTables.PROCESS_SUMMARY.name());
            List<ProcessSummary> folderStages = MetricCsvReader.processSummaries(summaryFile);
            checkUnique(folderStages, summaryFile, seenIn);
            Map<String, ProcessSummary> finals = FinalStages.of(folderStages);
            stages.addAll(folderStages);
            dimensions.addAll(MetricCsvReader.dimensionSummaries(
                    table(metrics, MetricTables.DIMENSION_SUMMARY.name()),
                    d -> MethodComparator.atFinalStage(finals, d.processId(), d.stage())));
            gaps.addAll(MetricCsvReader.categoryGaps(
                    table(metrics, MetricTables.CATEGORY_GAPS.name()),
                    g -> MethodComparator.atFinalStage(finals, g.processId(), g.stage())));
        }
        if (stages.isEmpty()) {
            throw InputException.ofFile(folders.get(0), "no processes: process_summary.csv has no rows");
        }
        return new ComparisonInput(stages, dimensions, gaps);
    }

    /** The folder itself when it holds process_summary.csv, else its metrics/ subfolder when that does. */
    static Path metricsFolder(Path folder) {
        String summary = MetricTables.PROCESS_SUMMARY.name() + ".csv";
        if (Files.isRegularFile(folder.resolve(summary))) {
            return folder;
        }
        if (Files.isRegularFile(folder.resolve("metrics").resolve(summary))) {
            return folder.resolve("metrics");
        }
        throw InputException.ofFile(
                folder,
                "not a metrics folder: no " + summary + " in it or in its metrics/"
                        + " subfolder (give the folder `spegel evaluate --out` wrote, or its metrics/)");
    }

    private static Path table(Path metrics, String name) {
        Path file = metrics.resolve(name + ".csv");
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "file not found (every metrics folder has " + name + ".csv)");
        }
        return file;
    }

    private static void checkUnique(List<ProcessSummary> stages, Path file, Map<String, Path> seenIn) {
        Map<String, Path> here = new HashMap<>();
        for (ProcessSummary row : stages) {
            here.putIfAbsent(row.processId(), file);
        }
        for (String id : here.keySet()) {
            Path earlier = seenIn.putIfAbsent(id, file);
            if (earlier != null) {
                throw new InputException(
                        file,
                        0,
                        0,
                        Columns.PROCESS_ID,
                        "process '" + id + "' is also in " + earlier
                                + "; process ids must be unique across the compared metrics folders");
            }
        }
    }
}
