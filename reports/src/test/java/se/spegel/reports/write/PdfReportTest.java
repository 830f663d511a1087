package se.spegel.reports.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportRendererTest;
import se.spegel.reports.ReportSettings;

/** report.pdf: printed from the same template, A4, every font embedded, text findable in Swedish and English. */
public class PdfReportTest {

    @TempDir
    static Path out;

    static Path assemblyPdf;
    static Path openMeetingPdf;
    static Path englishPdf;
    static Path polishPdf;

    @BeforeAll
    static void renderFixture() throws Exception {
        Path metrics = ReportRendererTest.fixture();
        List<Path> swedish = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(metrics, out.resolve("sv"));
        assemblyPdf = pdfBeside(swedish.get(0));
        openMeetingPdf = pdfBeside(swedish.get(1));
        ReportSettings english = new ReportSettings("en", 5, 0.05, 0.15);
        englishPdf = pdfBeside(new ReportRenderer(ConfLikeLabels.english(), english)
                .renderAll(metrics, out.resolve("en"))
                .get(0));
        polishPdf = pdfBeside(new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(withPolishProcessName(metrics, out.resolve("pl-metrics")), out.resolve("pl"))
                .get(0));
    }

    private static Path pdfBeside(Path html) {
        return html.resolveSibling("report.pdf");
    }

    /** The fixture with the citizens' assembly renamed to a Polish name (process names can be Polish). */
    private static Path withPolishProcessName(Path metrics, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (var files = Files.list(metrics)) {
            for (Path file : files.toList()) {
                String csv = Files.readString(file, StandardCharsets.UTF_8);
                Files.writeString(
                        copy.resolve(file.getFileName().toString()),
                        csv.replace("Medborgarråd om klimatet", "Budżet obywatelski Łódź – Śródmieście"),
                        StandardCharsets.UTF_8);
            }
        }
        return copy;
    }

    @Test
    void writesAPdfBesideEveryHtmlReport() {
        assertThat(assemblyPdf).isRegularFile().isEqualTo(out.resolve("sv/p1/report.pdf"));
        assertThat(openMeetingPdf).isRegularFile().isEqualTo(out.resolve("sv/_ppet_m_te_2/report.pdf"));
    }

    @Test
    void swedishPdfHasTheHeadingsNamesAndNumbersOfTheHtmlReport() throws IOException {
        assertThat(text(assemblyPdf))
                .contains(
                        "Medborgarråd om klimatet",
                        "Sammanfattning",
                        "Skillnader per grupp",
                        "Utbildningsnivå",
                        "Eftergymnasial, 3 år eller längre",
                        "Måttlig skillnad",
                        "12,3 %",
                        "127 deltagare",
                        "Om rapporten");
    }

    @Test
    void englishPdfUsesEnglishTextAndDecimalPoint() throws IOException {
        assertThat(text(englishPdf))
                .contains("Summary", "12.3%", "127 participants. Largest difference:")
                .doesNotContain("Sammanfattning");
    }

    @Test
    void polishLettersOfAProcessNameAreKeptAsText() throws IOException {
        assertThat(text(polishPdf)).contains("Budżet obywatelski Łódź – Śródmieście");
    }

    @Test
    void chartsAreDrawnAsVectorsNotPictures() throws IOException {
        try (PDDocument document = Loader.loadPDF(assemblyPdf.toFile())) {
            List<PDXObject> xObjects = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                collectXObjects(page.getResources(), xObjects, 0);
            }
            assertThat(xObjects)
                    .hasAtLeastOneElementOfType(PDFormXObject.class)
                    .noneMatch(x -> x instanceof PDImageXObject);
        }
    }

    @Test
    void userTextIsPrintedNotInterpreted() throws IOException {
        assertThat(text(openMeetingPdf)).contains("<script>alert(1)</script>");
    }

    @Test
    void everyFontIsEmbeddedDejaVuSans() throws IOException {
        for (Path pdf : List.of(assemblyPdf, openMeetingPdf, englishPdf, polishPdf)) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts).as("fonts of %s", pdf).isNotEmpty();
            assertThat(fonts).as("fonts of %s", pdf).allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });
        }
    }

    @Test
    void pagesAreA4() throws IOException {
        try (PDDocument document = Loader.loadPDF(assemblyPdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : document.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            }
        }
    }

    @Test
    void titleIsTheReportTitle() throws IOException {
        try (PDDocument document = Loader.loadPDF(assemblyPdf.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Medborgarråd om klimatet");
        }
    }

    @Test
    void neverFetchesRemoteResources(@TempDir Path folder) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String remote = "http://127.0.0.1:" + server.getAddress().getPort();
            String html = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"" + remote + "/style.css\">"
                    + "<style>@import url(" + remote
                    + "/more.css); body { font-family: \"DejaVu Sans\"; }</style></head>"
                    + "<body><p>Ände</p><img src=\"" + remote + "/chart.svg\" width=\"10\" height=\"10\">"
                    + "<img src=\"" + remote + "/photo.png\" width=\"10\" height=\"10\"></body></html>";
            Path pdf = new PdfReportWriter().write(html, folder);
            assertThat(text(pdf)).contains("Ände");
        } finally {
            server.stop(0);
        }
        assertThat(requests).hasValue(0);
    }

    /** The PDF's text with every run of white space as one space: a table cell may wrap a label. */
    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper()
                    .getText(document)
                    .replace('\u00a0', ' ')
                    .replaceAll("\\s+", " ");
        }
    }

    /** Every font of every page, including those of form XObjects (the SVG charts). */
    static List<PDFont> fonts(Path pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : document.getPages()) {
                collectFonts(page.getResources(), fonts, 0);
            }
        }
        return fonts;
    }

    private static void collectXObjects(PDResources resources, List<PDXObject> found, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            found.add(xObject);
            if (xObject instanceof PDFormXObject form) {
                collectXObjects(form.getResources(), found, depth + 1);
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> fonts, int depth) throws IOException {
        if (resources == null || depth > 10) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(form.getResources(), fonts, depth + 1);
            }
        }
    }
}
