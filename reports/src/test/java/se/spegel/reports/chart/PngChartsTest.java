package se.spegel.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportSettings;

class PngChartsTest {
    @TempDir
    Path out;

    @Test
    void pngOnRequestWritesASharpPngBesideEverySvgChart() throws IOException {
        Path metrics = Path.of("src/test/resources/metrics");
        new ReportRenderer(new MapReportLabels("sv"), ReportSettings.defaults().withPngCharts(true))
                .renderAll(metrics, out);
        try (Stream<Path> files = Files.walk(out)) {
            var svgs = files.filter(f -> f.toString().endsWith(".svg")).toList();
            assertThat(svgs).isNotEmpty();
            for (Path svg : svgs) {
                Path png = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"));
                assertThat(png).exists();
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000); // twice the 720 px layout width
            }
        }
    }

    @Test
    void noPngUnlessAskedFor() throws IOException {
        new ReportRenderer(new MapReportLabels("sv"), ReportSettings.defaults())
                .renderAll(Path.of("src/test/resources/metrics"), out);
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png"))).isEmpty();
        }
    }
}
