package se.spegel.jobs.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.spegel.jobs.compare.ComparisonInput;
import se.spegel.jobs.compare.ComparisonSettings;
import se.spegel.jobs.compare.MethodComparator;
import se.spegel.jobs.compare.MethodComparisonOutput;
import se.spegel.jobs.compare.MethodComparisonTables;
import se.spegel.jobs.compare.MetricFolders;
import se.spegel.jobs.output.StagedOutput;
import se.spegel.reports.MethodComparisonRenderer;
import se.spegel.schema.config.SpegelConfig;

@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Compare dialogue methods over the processes of one or more evaluate runs: D per method "
                    + "and dimension (mean, median, bootstrap intervals), how often each group was significantly "
                    + "under-represented, trend by year. Each process counts with its final funnel stage.",
            "Writes OUT/metrics/method_comparison{,_groups,_trend,_processes} (.csv + Parquet) and "
                    + "OUT/reports/comparison/report.html + report.pdf."
        },
        footer = {
            "",
            "Example (two evaluate runs, compared together):",
            "  ./spegel evaluate --processes p.csv ... --out out/north",
            "  ./spegel evaluate --processes q.csv ... --out out/south",
            "  ./spegel compare --metrics out/north out/south --out out/compare",
            "  ./spegel compare --metrics out/research --out out/research --overwrite --lang en --seed 7",
            "Process ids must be unique across the folders. The same --seed (and",
            "--bootstrap) gives the same intervals. An evaluate run of several processes",
            "already holds a comparison; replacing it (or an earlier compare's) takes --overwrite."
        })
final class CompareCommand implements Callable<Integer> {
    @Option(
            names = "--metrics",
            required = true,
            arity = "1..*",
            paramLabel = "DIR",
            description = "metrics folders written by evaluate (DIR/metrics, or DIR holding metrics/)")
    List<Path> metrics = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--lang", paramLabel = "sv|en", description = "report language (default from conf: sv)")
    String lang;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the bootstrap (default from conf: 1)")
    Long seed;

    @Option(names = "--bootstrap", paramLabel = "B", description = "bootstrap resamples (default from conf: 2000)")
    Integer bootstrap;

    @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/spegel.conf")
    Path conf;

    @CommandLine.Mixin
    OverwriteOption overwrite;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        SpegelConfig config = SpegelConfig.load(Optional.ofNullable(conf));
        String language = lang == null ? config.reportLang() : lang;
        if (!List.of("sv", "en").contains(language)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--lang must be sv or en, was '" + language + "'");
        }
        int samples = bootstrap == null ? config.compareBootstrapSamples() : bootstrap;
        if (samples < 1) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--bootstrap must be at least 1, was " + samples);
        }
        ComparisonSettings settings =
                new ComparisonSettings(samples, seed == null ? config.compareSeed() : seed, config.ciLevel());
        StagedOutput.requireOverwrite(out, entries(), overwrite.overwrite);
        ComparisonInput input = MetricFolders.read(metrics);
        MethodComparisonTables tables =
                new MethodComparator(settings).compare(input.stages(), input.dimensions(), input.gaps());
        System.out.printf(
                "  compared %d processes: %d method × dimension rows, %d group rows%n",
                tables.processCount(),
                tables.comparison().size(),
                tables.groups().size());
        Path report = write(config, language, settings, tables);
        System.out.printf("Done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, out.resolve("metrics"));
        ReportCommand.printReport(report, System.out, "  ");
        return 0;
    }

    /** What compare writes into OUT: its tables (next to an evaluate run's own) and its report. */
    private static List<String> entries() {
        List<String> entries = new ArrayList<>(
                MethodComparisonOutput.ENTRIES.stream().map(e -> "metrics/" + e).toList());
        entries.add("reports/comparison");
        return entries;
    }

    /** Writes tables and report into a staging folder and moves them into OUT only when all are written. */
    private Path write(SpegelConfig config, String language, ComparisonSettings settings, MethodComparisonTables tables)
            throws Exception {
        try (StagedOutput staged = new StagedOutput(out)) {
            Path metricsDir = staged.staging().resolve("metrics");
            MethodComparisonOutput.write(tables, metricsDir);
            new MethodComparisonRenderer(
                            ReportLabelsFromConfig.labels(config, language, metricsDir),
                            ReportLabelsFromConfig.settings(config, language))
                    .render(metricsDir, staged.staging().resolve("reports"));
            staged.commit(entries());
        }
        return out.resolve("reports").resolve("comparison").resolve("report.html");
    }
}
