package se.spegel.reports;

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

/**
 * Prints a rendered report.html to an A4 PDF with openhtmltopdf: the same HTML and stylesheet (its
 * {@code @page} and print rules), the SVG charts drawn as vectors, the bundled DejaVu Sans embedded for
 * the text and drawn as outlines for the chart text. Reads nothing but files inside the report's folder.
 */
final class PdfReportWriter {

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

  PdfReportWriter() {
    PdfRendererLog.install();
    ReportFont.registerWithAwt();
  }

  /** Writes folder/report.pdf from the report's HTML; relative links (charts/*.svg) resolve against folder. */
  Path write(String html, Path folder) throws IOException {
    Path pdf = folder.resolve(PDF_FILE);
    URI base = folder.toAbsolutePath().normalize().toUri();
    org.w3c.dom.Document document = new W3CDom().fromJsoup(Jsoup.parse(html, base.toString()));
    try (OutputStream out = Files.newOutputStream(pdf)) {
      PdfRendererBuilder builder = new PdfRendererBuilder()
          .useFastMode()
          .withW3cDocument(document, base.toString())
          .useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM)
          .useSVGDrawer(new BatikSVGDrawer())
          .useExternalResourceAccessControl((uri, type) -> isInside(uri, base),
              ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
          .withProducer("Spegel")
          .toStream(out);
      for (ReportFont face : ReportFont.values()) {
        builder.useFont(face::open, ReportFont.FAMILY, face.weight(), face.style(), true, DOCUMENT);
        builder.useFont(face::open, FALLBACK_FAMILY, face.weight(), face.style(), true,
            EnumSet.of(FSFontUseCase.FALLBACK_PRE));
      }
      builder.run();
    }
    return pdf;
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
