package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** comparison/report.html and report.pdf: every process of a run side by side, in Swedish and English. */
class ComparisonReportTest {

    @TempDir
    static Path out;

    static ReportRenderer.RenderedReports swedish;
    static ReportRenderer.RenderedReports english;
    static Document sv;
    static Document en;

    @BeforeAll
    static void renderFixture() throws Exception {
        Path metrics = ReportRendererTest.fixture();
        swedish = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .render(metrics, out.resolve("sv"));
        english = new ReportRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                .render(metrics, out.resolve("en"));
        sv = ReportRendererTest.parse(swedish.comparisonReport().orElseThrow());
        en = ReportRendererTest.parse(english.comparisonReport().orElseThrow());
    }

    @Test
    void writesTheComparisonBesideTheProcessReportsWithItsChartAndPdf() {
        Path comparison = out.resolve("sv").resolve("comparison").resolve("report.html");
        assertThat(swedish.comparisonReport()).contains(comparison);
        assertThat(swedish.processReports()).hasSize(2).doesNotContain(comparison);
        assertThat(swedish.all()).hasSize(3).endsWith(comparison);
        assertThat(comparison.resolveSibling("report.pdf")).isRegularFile();
        assertThat(comparison.resolveSibling("charts").resolve("dissimilarity-by-process.svg"))
                .isRegularFile();
        assertThat(sv.selectFirst("figure img").attr("src")).isEqualTo("charts/dissimilarity-by-process.svg");
    }

    @Test
    void swedishHeadingsNameTheTableChartAndHeatmap() {
        assertThat(sv.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(sv.selectFirst("h1").text()).isEqualTo("Jämförelse mellan processer");
        assertThat(sv.select("h2").eachText())
                .contains(
                        "Skillnadsindex D per process och indelning",
                        "D per indelning och metod",
                        "Deltagarnas andel i förhållande till invånarnas");
    }

    @Test
    void tableShowsDPerProcessAndDimensionWithTrafficLight() {
        Element assembly = processRow(sv, "Medborgarråd om klimatet");
        int education = sv.select("table.comparison thead th").eachText().indexOf("Utbildningsnivå");
        Element cell = assembly.child(education);
        assertThat(ReportRendererTest.text(cell)).isEqualTo("12,3 %");
        assertThat(cell.selectFirst("span.level").hasClass("level-moderate")).isTrue();
        assertThat(ReportRendererTest.text(assembly.selectFirst("td.mean"))).isEqualTo("8,4 %");
        assertThat(ReportRendererTest.text(assembly)).contains("Medborgarråd", "127");
    }

    @Test
    void processNamesAreEscapedNotMarkup() throws IOException {
        assertThat(sv.select("script")).isEmpty();
        assertThat(sv.select("table.comparison .process-name").eachText()).contains("<script>alert(1)</script>");
        assertThat(Files.readString(swedish.comparisonReport().orElseThrow(), StandardCharsets.UTF_8))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void heatmapPrintsRatiosWithColourAndMarksWithheldCells() {
        List<String> columns = sv.select("table.heatmap thead th").eachText();
        assertThat(columns).hasSize(3);
        Element women = heatmapRow(sv, "Kvinnor");
        Element ratio = women.select("td").get(0);
        assertThat(ratio.text()).isEqualTo("1,07");
        assertThat(ratio.attr("style")).contains("background-color: #");
        Element withheld = sv.select("table.heatmap td.withheld").first();
        assertThat(withheld).isNotNull();
        assertThat(withheld.text()).isEqualTo("×");
        // the open meeting has no education breakdown: blank cells
        assertThat(heatmapRow(sv, "Gymnasial").select("td").get(1).text()).isEmpty();
        assertThat(heatmapRow(sv, "Gymnasial").select("td").get(0).text()).isEqualTo("0,78");
    }

    @Test
    void englishUsesEnglishTextAndDecimalPoint() {
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.selectFirst("h1").text()).isEqualTo("Comparison of processes");
        assertThat(en.select("h2").eachText()).contains("D per dimension and method");
        assertThat(ReportRendererTest.text(en.selectFirst("table.comparison"))).contains("12.3%");
        assertThat(en.select("table.heatmap td.ratio").eachText()).contains("1.07");
    }

    @Test
    void pdfHoldsTheSameTextInSwedishAndEnglish() throws IOException {
        String svText = pdfText(swedish.comparisonReport().orElseThrow().resolveSibling("report.pdf"));
        assertThat(svText)
                .contains(
                        "Jämförelse mellan processer",
                        "D per indelning och metod",
                        "12,3 %",
                        "1,07",
                        "×",
                        "<script>alert(1)</script>");
        String enText = pdfText(english.comparisonReport().orElseThrow().resolveSibling("report.pdf"));
        assertThat(enText).contains("Comparison of processes", "D per dimension and method", "12.3%", "1.07");
    }

    @Test
    void noComparisonForASingleProcess(@TempDir Path tmp) throws Exception {
        Path metrics = tmp.resolve("metrics");
        Files.createDirectories(metrics);
        try (var files = Files.list(ReportRendererTest.fixture())) {
            for (Path file : files.toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                List<String> kept = lines.stream()
                        .filter(l -> l == lines.get(0) || !l.startsWith("öppet möte/2,"))
                        .toList();
                Files.write(metrics.resolve(file.getFileName()), kept, StandardCharsets.UTF_8);
            }
        }
        ReportRenderer renderer = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults());
        ReportRenderer.RenderedReports rendered = renderer.render(metrics, tmp.resolve("reports"));
        assertThat(rendered.processReports()).hasSize(1);
        assertThat(rendered.comparisonReport()).isEmpty();
        assertThat(tmp.resolve("reports").resolve("comparison")).doesNotExist();
        assertThat(renderer.renderComparison(metrics, tmp.resolve("reports"))).isEmpty();
    }

    private static Element processRow(Document doc, String name) {
        return doc.select("table.comparison tbody tr").stream()
                .filter(tr -> tr.selectFirst(".process-name").text().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static Element heatmapRow(Document doc, String category) {
        return doc.select("table.heatmap tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals(category))
                .findFirst()
                .orElseThrow();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }
}
