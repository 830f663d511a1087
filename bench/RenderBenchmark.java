import java.nio.file.Files;
import java.nio.file.Path;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportSettings;

/**
 * Times report rendering (HTML, SVG charts, PDF, and the comparison report) in one warm JVM:
 * a few warm-up rounds, then measured rounds over the same metrics folder. Run by
 * bench/render-reports.sh; prints milliseconds per report.
 */
public final class RenderBenchmark {
    public static void main(String[] args) throws Exception {
        Path metrics = Path.of(args.length > 0 ? args[0] : "out/demo/metrics");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        ReportRenderer renderer = new ReportRenderer(new MapReportLabels("sv"), ReportSettings.defaults());
        Path out = Files.createTempDirectory("spegel-render-bench");
        int reports = 0;
        for (int i = 0; i < warmup; i++) {
            reports = renderer.render(metrics, out.resolve("warmup-" + i)).all().size();
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            renderer.render(metrics, out.resolve("round-" + i));
        }
        double perRound = (System.nanoTime() - start) / 1e6 / rounds;
        Runtime rt = Runtime.getRuntime();
        System.out.printf("reports per round: %d (HTML + PDF + charts each)%n", reports);
        System.out.printf("warm-up rounds: %d, measured rounds: %d%n", warmup, rounds);
        System.out.printf("time per round: %.0f ms; per report: %.0f ms%n", perRound, perRound / reports);
        System.out.printf("heap used after: %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
