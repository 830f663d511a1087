package se.spegel.reports.write;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import se.spegel.reports.chart.ReportFont;

/**
 * Prints a rendered report.html to an A4 PDF with openhtmltopdf: the same HTML and stylesheet (its
 * {@code @page} and print rules), the SVG charts drawn as vectors, the bundled DejaVu Sans embedded for
 * the text and drawn as outlines for the chart text. Tagged as PDF/UA-1 (checked by veraPDF in the tests):
 * the language and title come from the HTML's {@code lang} and {@code <title>}, the charts' alt texts
 * become the figures' alternate descriptions, the headings become bookmarks. The HTML's in-page links are
 * plain text in the PDF (openhtmltopdf writes link annotations without the Contents PDF/UA asks for;
 * the bookmarks do their job). Reads nothing but files inside the report's folder.
 */
public final class PdfReportWriter {

    static final String PDF_FILE = "report.pdf";

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;
    /**
     * Matched by family name: the CSS font-family names DejaVu Sans first. Not registered for SVG: there
     * openhtmltopdf 1.1.28 takes only font files and draws 12px text at a wrong, tiny size; the chart text
     * is drawn instead by Batik with the AWT font DejaVu Sans, registered from the same bundled files
     * ({@link ReportFont#registerWithAwt()}), as vector outlines.
     */
    private static final EnumSet<FSFontUseCase> DOCUMENT = EnumSet.of(FSFontUseCase.DOCUMENT);
    /**
     * Registered once more under another name, tried before PDF's built-in fonts, so text whose family is
     * not DejaVu Sans never falls back to a non-embedded Helvetica or Times. (Adding FALLBACK_* to the
     * named registration instead makes openhtmltopdf stop using the font for DOCUMENT text.)
     */
    private static final String FALLBACK_FAMILY = ReportFont.FAMILY + " (fallback)";

    public PdfReportWriter() {
        PdfRendererLog.install();
        ReportFont.registerWithAwt();
    }

    /** Writes folder/report.pdf from the report's HTML; relative links (charts/*.svg) resolve against folder. */
    Path write(String html, Path folder) throws IOException {
        Path pdf = folder.resolve(PDF_FILE);
        URI base = folder.toAbsolutePath().normalize().toUri();
        org.jsoup.nodes.Document page = Jsoup.parse(html, base.toString());
        page.select("a[href^=#]").unwrap();
        addBookmarks(page);
        org.w3c.dom.Document document = new W3CDom().fromJsoup(page);
        try (OutputStream out = Files.newOutputStream(pdf)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .withW3cDocument(document, base.toString())
                    .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
                    .useSVGDrawer(new BatikSVGDrawer())
                    .useExternalResourceAccessControl(
                            (uri, type) -> isInside(uri, base), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Spegel")
                    .usePdfUaAccessbility(true) // tagged PDF/UA-1: structure tree, language, title, alt texts
                    .toStream(out);
            for (ReportFont face : ReportFont.values()) {
                builder.useFont(face::open, ReportFont.FAMILY, face.weight(), face.style(), true, DOCUMENT);
                builder.useFont(
                        face::open,
                        FALLBACK_FAMILY,
                        face.weight(),
                        face.style(),
                        true,
                        EnumSet.of(FSFontUseCase.FALLBACK_PRE));
            }
            builder.run();
        }
        return pdf;
    }

    /**
     * The PDF's outline: one bookmark per h2, with its h3s under it, named as the heading. openhtmltopdf
     * reads them from {@code <bookmarks>} in the head; headings without an id get one.
     */
    private static void addBookmarks(org.jsoup.nodes.Document page) {
        Element bookmarks = page.head().appendElement("bookmarks");
        Element chapter = null;
        int index = 0;
        for (Element heading : page.body().select("h2, h3")) {
            if (heading.id().isEmpty()) {
                heading.id("pdf-heading-" + ++index);
            }
            boolean sub = heading.normalName().equals("h3") && chapter != null;
            Element mark = (sub ? chapter : bookmarks)
                    .appendElement("bookmark")
                    .attr("name", heading.text())
                    .attr("href", "#" + heading.id());
            if (!sub) {
                chapter = mark;
            }
        }
    }

    /** Only files of the report's own folder (its charts); never the network. */
    private static boolean isInside(String uri, URI base) {
        if (uri == null || !uri.startsWith("file:")) {
            return false;
        }
        try {
            return Path.of(URI.create(uri)).normalize().startsWith(Path.of(base));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
