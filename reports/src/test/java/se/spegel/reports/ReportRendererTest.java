package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ReportRendererTest {

    @TempDir
    static Path out;

    static List<Path> reports;
    static Document assembly;
    static Document openMeeting;

    public static Path fixture() throws Exception {
        return Paths.get(ReportRendererTest.class
                        .getResource("/metrics/process_summary.csv")
                        .toURI())
                .getParent();
    }

    @BeforeAll
    static void renderFixture() throws Exception {
        reports = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults()).renderAll(fixture(), out);
        assembly = parse(reports.get(0));
        openMeeting = parse(reports.get(1));
    }

    public static Document parse(Path html) throws IOException {
        return Jsoup.parse(html.toFile(), "UTF-8");
    }

    /** Visible text with non-breaking spaces as plain spaces. */
    static String text(Element element) {
        return element.text().replace('\u00a0', ' ');
    }

    @Test
    void writesOneReportPerProcessInProcessOrderIntoSanitisedFolders() {
        assertThat(reports)
                .containsExactly(
                        out.resolve("p1").resolve("report.html"),
                        out.resolve("_ppet_m_te_2").resolve("report.html"));
        assertThat(reports).allSatisfy(p -> assertThat(p).isRegularFile());
    }

    @Test
    void headerShowsProcessNameMethodAreaAndPeriod() {
        assertThat(assembly.selectFirst("h1").text()).isEqualTo("Medborgarråd om klimatet");
        assertThat(assembly.select("p.facts span").eachText())
                .contains("Medborgarråd", "Exempelstad (1480)", "Jämförs med befolkningen 2024");
        assertThat(assembly.selectFirst("html").attr("lang")).isEqualTo("sv");
    }

    @Test
    void leadNamesParticipantsAndTheLargestGapInPlainSwedish() {
        assertThat(text(assembly.selectFirst(".lead")))
                .isEqualTo("127 deltagare. Största skillnaden: Eftergymnasial, 3 år eller längre (utbildningsnivå): "
                        + "43 % av deltagarna men 27 % av invånarna.");
    }

    @Test
    void summaryShowsDissimilarityAsPercentWithDecimalComma() {
        Element education = summaryRow("Utbildningsnivå");
        assertThat(text(education.selectFirst("td.dissimilarity"))).isEqualTo("12,3 %");
        assertThat(text(education)).contains("Måttlig skillnad", "Eftergymnasial, 3 år eller längre", "+16,0");
    }

    @Test
    void summaryListsOnlyPlainDimensionsAndSaysWhichAgesWereCompared() {
        assertThat(assembly.select("table.summary tbody th a").eachText())
                .containsExactly("Ålder", "Kön", "Utbildningsnivå", "Bakgrund");
        assertThat(openMeeting.select("table.summary tbody th a").eachText()).containsExactly("Ålder", "Kön", "Område");
        assertThat(text(summaryRow("Utbildningsnivå"))).contains("jämförs för 25–64 år");
    }

    @Test
    void stageTableListsEveryStageOfAFunnel() {
        assertThat(assembly.select("table.stages tbody th").eachText()).containsExactly("Inbjudna", "Deltog");
        assertThat(openMeeting.select("table.stages")).isEmpty();
    }

    @Test
    void everyReferencedChartIsAnSvgFileBesideTheReport() throws IOException {
        List<String> sources = assembly.select("img").eachAttr("src");
        assertThat(sources).hasSize(6).allMatch(s -> s.startsWith("charts/") && s.endsWith(".svg"));
        for (String src : sources) {
            Path svg = reports.get(0).getParent().resolve(src);
            assertThat(svg).isRegularFile();
            assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
        }
    }

    @Test
    void gapChartUsesConfiguredOrderAndLeavesOutCategoriesWithoutCounterpart() throws IOException {
        String genderChart = Files.readString(reports.get(0).getParent().resolve("charts/gaps-02-gender.svg"));
        assertThat(genderChart)
                .contains("Kvinnor", "Män", "Skillnad i procentenheter")
                .doesNotContain("Annan");
        Element genderTable = assembly.getElementById("dim-gender");
        assertThat(genderTable.select("tbody th").eachText()).containsExactly("Kvinnor", "Män", "Annan könsidentitet");
    }

    @Test
    void agePyramidIsDrawnFromAgeByGenderRows() throws IOException {
        Path pyramid = reports.get(0).getParent().resolve("charts/age-pyramid.svg");
        assertThat(assembly.select("img[src=charts/age-pyramid.svg]")).hasSize(1);
        assertThat(Files.readString(pyramid)).contains("16–24 år", "85+ år", "Män, deltagare", "Kvinnor, invånare");
        assertThat(openMeeting.select("img[src=charts/age-pyramid.svg]")).isEmpty();
    }

    @Test
    void processNameIsEscapedNotExecuted() {
        assertThat(openMeeting.select("script")).isEmpty();
        assertThat(openMeeting.selectFirst("h1").text()).isEqualTo("<script>alert(1)</script>");
        assertThat(openMeeting.title()).startsWith("<script>");
    }

    @Test
    void countsFromOneToFourAreShownAsLessThanFiveWithACaption() {
        for (Document report : List.of(assembly, openMeeting)) {
            List<String> counts = report.select("td.count, table.summary td.num, table.stages td.num")
                    .eachText();
            assertThat(counts).noneMatch(Pattern.compile("[1-4]").asMatchPredicate());
        }
        Element age = openMeeting.getElementById("dim-age");
        assertThat(age.select("tbody tr").get(0).select("td.count").text()).isEqualTo("<5");
        assertThat(age.select("tbody tr").get(7).select("td.count").text()).isEqualTo("0");
        assertThat(age.select(".notes li").eachText()).anyMatch(n -> n.contains("visas som <5"));
    }

    @Test
    void formulaEscapedCategoryCodeIsShownAsPlainText() {
        List<String> origins =
                assembly.getElementById("dim-origin").select("tbody th").eachText();
        assertThat(origins).contains("=SUM(A1)").doesNotContain("'=SUM(A1)");
    }

    @Test
    void englishReportUsesEnglishTextAndDecimalPoint(@TempDir Path englishOut) throws Exception {
        ReportSettings english = new ReportSettings("en", 5, 0.05, 0.15);
        Path html = new ReportRenderer(ConfLikeLabels.english(), english)
                .renderAll(fixture(), englishOut)
                .get(0);
        Document doc = parse(html);
        assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(doc.selectFirst("#summary h2").text()).isEqualTo("Summary");
        assertThat(text(doc.selectFirst("table.summary"))).contains("12.3%");
        assertThat(text(doc.selectFirst(".lead"))).startsWith("127 participants. Largest difference:");
    }

    @Test
    void districtCodesAreLabelledWithAreaNamesFromTheMetricsFolder() {
        assertThat(openMeeting.getElementById("dim-district").select("tbody th").eachText())
                .containsExactly("Centrum", "9901R002", "9901R003");
    }

    @Test
    void comparedAgesAreNotedOnlyWhenTheyDifferFromTheProcesssEligibility() {
        assertThat(summaryRow("Ålder").select(".compared-for")).isEmpty();
        assertThat(text(summaryRow("Utbildningsnivå").selectFirst(".compared-for")))
                .isEqualTo("jämförs för 25–64 år (<5 deltagare utanför)");
    }

    @Test
    void refusesAnUnsupportedLanguage() {
        assertThatThrownBy(() -> new ReportRenderer(ConfLikeLabels.swedish(), new ReportSettings("de", 5, 0.05, 0.15)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'de'");
    }

    private static Element summaryRow(String dimension) {
        return assembly.select("table.summary tbody tr").stream()
                .filter(r -> r.selectFirst("th a").text().equals(dimension))
                .findFirst()
                .orElseThrow();
    }
}
