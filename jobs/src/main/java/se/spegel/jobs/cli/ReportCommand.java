package se.spegel.jobs.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.reports.DistrictBoundaries;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.reports.ReportRenderer;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Render one HTML report per process from a metrics folder (no Spark needed).",
        footer = {"", "Example:", "  ./spegel report --metrics out/metrics --out out/reports --lang sv"})
final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--metrics",
            required = true,
            paramLabel = "DIR",
            description = "metrics folder written by evaluate")
    Path metrics;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the reports")
    Path out;

    @Option(names = "--lang", paramLabel = "sv|en", description = "report language (default from conf: sv)")
    String lang;

    @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/spegel.conf")
    Path conf;

    @Option(
            names = "--boundaries",
            paramLabel = "FILE",
            description = "district shapes (GeoJSON FeatureCollection with an area_code property, WGS84 or"
                    + " SWEREF 99 TM) for a district map in each report (job key: boundaries)")
    Path boundaries;

    @Option(
            names = "--png",
            description = "also write every chart as PNG beside its SVG (conf: spegel.report.png-charts)")
    boolean png;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description =
                    "process reports rendered at a time (default from conf: spegel.report.threads, 0 = one per core)")
    Integer threads;

    @Mixin
    OverwriteOption overwrite;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SpegelConfig config = SpegelConfig.load(Optional.ofNullable(conf));
        if (threads != null) {
            if (threads < 0) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(), "--threads must be 0 (one per core) or more, was " + threads);
            }
            config = config.with("spegel.report.threads", String.valueOf(threads));
        }
        long start = System.nanoTime();
        Optional<DistrictBoundaries> shapes = boundaries(boundaries);
        // earlier reports are recognised by their report.html; everything else in --out is left alone
        List<String> earlier = reportFolders(out);
        if (!earlier.isEmpty() && !overwrite.overwrite) {
            throw InputException.ofFile(
                    out,
                    "already holds reports (" + String.join(", ", earlier)
                            + ") from an earlier run; pass --overwrite to replace them, or choose another --out");
        }
        List<Path> reports;
        try (StagedOutput output = StagedOutput.beside(out)) {
            reports = render(config, metrics, output.staging(), lang, png || config.reportPngCharts(), shapes);
            Set<String> entries = new TreeSet<>(output.stagedEntries());
            entries.addAll(earlier); // a process no longer in the metrics leaves no stale report behind
            output.commit(List.copyOf(entries));
            reports = reports.stream()
                    .map(r -> out.resolve(output.staging().relativize(r)))
                    .toList();
        }
        for (Path report : reports) {
            printReport(report, System.out, "");
        }
        System.out.println(summary(reports, out, start));
        return 0;
    }

    /** "Done in 8.4 s: 4 reports (HTML + PDF) in /abs/out/reports". */
    static String summary(List<Path> reports, Path out, long startNanos) {
        return String.format(
                java.util.Locale.ROOT,
                "Done in %.1f s: %d report%s (HTML + PDF) in %s",
                (System.nanoTime() - startNanos) / 1e9,
                reports.size(),
                reports.size() == 1 ? "" : "s",
                out.toAbsolutePath());
    }

    /** The folders of {@code out} that hold a report.html: reports written by an earlier run. */
    static List<String> reportFolders(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(out)) {
            return listing.filter(f -> Files.isRegularFile(f.resolve("report.html")))
                    .map(f -> f.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }

    /** Prints where a report is: its HTML and, beside it, its PDF. */
    static void printReport(Path html, java.io.PrintStream out, String indent) {
        Path pdf = html.resolveSibling("report.pdf");
        out.println(indent
                + html.toAbsolutePath()
                + (java.nio.file.Files.isRegularFile(pdf) ? "  (+ " + pdf.getFileName() + ")" : ""));
    }

    /** Renders every process's report and, for two or more processes, the comparison; returns their report.html paths. */
    static List<Path> render(SpegelConfig config, Path metrics, Path out, String lang) throws Exception {
        return render(config, metrics, out, lang, config.reportPngCharts(), Optional.empty());
    }

    /** The district shapes of a boundaries file, read and checked; empty without a file. */
    static Optional<DistrictBoundaries> boundaries(Path file) throws InvalidMetricsException {
        return file == null ? Optional.empty() : Optional.of(DistrictBoundaries.read(file));
    }

    static List<Path> render(
            SpegelConfig config,
            Path metrics,
            Path out,
            String lang,
            boolean pngCharts,
            Optional<DistrictBoundaries> boundaries)
            throws Exception {
        String language = lang == null ? config.reportLang() : lang;
        ReportRenderer plain = new ReportRenderer(
                ReportLabelsFromConfig.labels(config, language, metrics),
                ReportLabelsFromConfig.settings(config, language).withPngCharts(pngCharts));
        ReportRenderer renderer =
                boundaries.map(plain::withBoundaries).orElse(plain).withThreads(config.reportThreads());
        // per-process reports, then (for two or more processes) comparison/report.html
        return renderer.render(metrics, out, ProgressBar.onStandardError()).all();
    }
}
