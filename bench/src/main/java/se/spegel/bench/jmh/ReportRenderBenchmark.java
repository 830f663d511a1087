package se.spegel.bench.jmh;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportSettings;

/**
 * Report rendering from a metrics folder (default: Exempelstad's, which bench/jmh.sh makes):
 * every process report (HTML, SVG charts, PDF) and the comparison report, as `spegel report`
 * renders them. {@code warm} is the steady state of a long-running JVM; {@code firstInFreshJvm}
 * is one render right after JVM start (class loading of FreeMarker, JFreeChart, openhtmltopdf,
 * Batik), which is what a single `spegel report` pays. Both are per round of all reports
 * (Exempelstad: 3 process reports + the comparison = 4).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportRenderBenchmark {
    @Param("out/bench/exempelstad/metrics")
    public String metrics;

    private ReportRenderer renderer;
    private Path out;

    @Setup
    public void setUp() throws IOException {
        renderer = new ReportRenderer(new MapReportLabels("sv"), ReportSettings.defaults());
        out = Files.createTempDirectory("spegel-render-bench");
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Fork(1)
    @Warmup(iterations = 3, time = 5)
    @Measurement(iterations = 5, time = 5)
    public int warm() throws IOException {
        return renderer.render(Path.of(metrics), out).all().size();
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Fork(3)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public int firstInFreshJvm() throws IOException {
        return renderer.render(Path.of(metrics), out).all().size();
    }
}
