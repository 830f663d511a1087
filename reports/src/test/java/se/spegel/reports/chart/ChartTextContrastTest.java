package se.spegel.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import se.spegel.reports.RenderedFixture;
import se.spegel.reports.write.ProcessReportWriter;

/**
 * Text inside the SVG charts is not seen by axe-core (they are images), so its colours are checked here:
 * every text of every chart of the test reports reaches WCAG AA contrast (4.5:1) on the charts' white.
 */
class ChartTextContrastTest {

    private static final Pattern FILL = Pattern.compile("fill:\\s*rgb\\((\\d+),\\s*(\\d+),\\s*(\\d+)\\)");

    @Test
    void everyChartTextContrastsAtLeast45To1WithTheWhiteBackground() throws IOException {
        List<Path> charts = new ArrayList<>();
        for (Path report : RenderedFixture.allReports()) {
            try (Stream<Path> files = Files.list(report.resolveSibling(ProcessReportWriter.CHARTS_FOLDER))) {
                files.filter(f -> f.toString().endsWith(".svg")).forEach(charts::add);
            }
        }
        assertThat(charts).hasSizeGreaterThan(10);
        int texts = 0;
        for (Path chart : charts) {
            for (Element text :
                    Jsoup.parse(Files.readString(chart), "", Parser.xmlParser()).select("text")) {
                Matcher fill = FILL.matcher(text.attr("style"));
                assertThat(fill.find()).as("%s: text fill of %s", chart, text).isTrue();
                Color colour = new Color(
                        Integer.parseInt(fill.group(1)),
                        Integer.parseInt(fill.group(2)),
                        Integer.parseInt(fill.group(3)));
                assertThat(TextContrast.ratio(colour, Color.WHITE))
                        .as("%s: '%s'", chart, text.text())
                        .isGreaterThanOrEqualTo(TextContrast.AA);
                texts++;
            }
        }
        assertThat(texts).isGreaterThan(100);
    }
}
