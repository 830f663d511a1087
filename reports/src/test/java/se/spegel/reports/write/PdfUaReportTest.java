package se.spegel.reports.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.spegel.reports.RenderedFixture;
import se.spegel.reports.ReportRendererTest;

/**
 * Every report.pdf (both process reports and the comparison, Swedish and English) is valid PDF/UA-1 for
 * veraPDF, and carries what a screen reader needs: language, title, bookmarks, table headers, alt texts.
 */
class PdfUaReportTest {

    static Stream<Path> reports() {
        return RenderedFixture.allReports().stream();
    }

    private static Path pdf(Path html) {
        return html.resolveSibling(PdfReportWriter.PDF_FILE);
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyReportPdfPassesEveryPdfUa1RuleOfVeraPdf(Path html) throws Exception {
        PdfUaCheck check = PdfUaCheck.of(pdf(html));
        System.out.println(check.summary());
        assertThat(check.checks()).as("veraPDF ran its checks").isGreaterThan(1000);
        assertThat(check.failedRules()).as(check.summary()).isEmpty();
        assertThat(check.compliant()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("reports")
    void pdfHasTheLanguageTitleDescriptionAndHeadingBookmarksOfTheHtml(Path html) throws IOException {
        Document page = ReportRendererTest.parse(html);
        try (PDDocument pdf = Loader.loadPDF(pdf(html).toFile())) {
            assertThat(pdf.getDocumentCatalog().getLanguage())
                    .isEqualTo(page.selectFirst("html").attr("lang"));
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(page.title());
            // the description PDF/UA asks for (Subject, and dc:description in the XMP metadata)
            String description = page.selectFirst("meta[name=description]").attr("content");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo(description);
            assertThat(new String(
                            pdf.getDocumentCatalog().getMetadata().toByteArray(),
                            java.nio.charset.StandardCharsets.UTF_8))
                    .contains("<dc:description>");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle())
                    .isTrue();
            List<String> marks = new ArrayList<>();
            for (PDOutlineItem item :
                    pdf.getDocumentCatalog().getDocumentOutline().children()) {
                marks.add(item.getTitle());
            }
            assertThat(marks).isEqualTo(page.select("h2").eachText());
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void everyChartIsAFigureWithTheAltTextOfItsImageAndTablesHaveHeaderCells(Path html) throws IOException {
        Document page = ReportRendererTest.parse(html);
        List<String> alts = page.select("img").eachAttr("alt");
        try (PDDocument pdf = Loader.loadPDF(pdf(html).toFile())) {
            List<PDStructureElement> elements = new ArrayList<>();
            collect(pdf.getDocumentCatalog().getStructureTreeRoot(), elements);
            List<String> figureAlts = elements.stream()
                    .filter(e -> e.getStructureType().equals("Figure"))
                    .map(PDStructureElement::getAlternateDescription)
                    .toList();
            assertThat(alts).isNotEmpty().allSatisfy(alt -> assertThat(alt).isNotBlank());
            assertThat(figureAlts).containsExactlyElementsOf(alts);
            long headerCells = elements.stream()
                    .filter(e -> e.getStructureType().equals("TH"))
                    .count();
            assertThat(headerCells)
                    .isGreaterThanOrEqualTo(
                            page.select("th").size() - page.select("details th").size());
            assertThat(elements.stream()
                            .filter(e -> e.getStructureType().equals("Table"))
                            .count())
                    .isEqualTo(page.select("table").size());
            assertThat(elements.stream()
                            .filter(e -> e.getStructureType().equals("H1"))
                            .count())
                    .isEqualTo(1);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> into) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                into.add(element);
                collect(element, into);
            }
        }
    }
}
