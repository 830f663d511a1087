package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.write.PdfReportTest;

/** The funnel, district-rate, data-quality and methodology sections, in HTML and PDF, Swedish and English. */
class ReportSectionsTest {

    @TempDir
    static Path out;

    static List<Path> swedish;
    static Document assembly;
    static Document openMeeting;
    static Document englishAssembly;
    static Document englishOpenMeeting;
    static String assemblyPdf;
    static String openMeetingPdf;
    static String englishPdf;

    @BeforeAll
    static void render() throws Exception {
        Path metrics = ReportRendererTest.fixture();
        swedish = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(metrics, out.resolve("sv"));
        assembly = ReportRendererTest.parse(swedish.get(0));
        openMeeting = ReportRendererTest.parse(swedish.get(1));
        List<Path> english = new ReportRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                .renderAll(metrics, out.resolve("en"));
        englishAssembly = ReportRendererTest.parse(english.get(0));
        englishOpenMeeting = ReportRendererTest.parse(english.get(1));
        assemblyPdf = PdfReportTest.text(swedish.get(0).resolveSibling("report.pdf"));
        openMeetingPdf = PdfReportTest.text(swedish.get(1).resolveSibling("report.pdf"));
        englishPdf = PdfReportTest.text(english.get(0).resolveSibling("report.pdf"));
    }

    private static String text(Element element) {
        return ReportRendererTest.text(element);
    }

    private static List<String> rowTexts(Element table) {
        return table.select("tbody tr").stream().map(ReportSectionsTest::text).toList();
    }

    // --- funnel

    @Test
    void funnelShowsChartLossesPerTransitionAndRIndicator() throws IOException {
        Element stages = assembly.getElementById("stages");
        assertThat(stages.select("h3").eachText())
                .containsExactly("Deltagare och D per steg", "Vilka grupper tappades var");
        assertThat(stages.select("img[src=charts/funnel.svg]")).hasSize(1);
        assertThat(Files.readString(swedish.get(0).resolveSibling("charts/funnel.svg"), StandardCharsets.UTF_8))
                .contains("Inbjudna", "Deltog", "Genomsnittligt skillnadsindex D");
        assertThat(rowTexts(stages.selectFirst("table.losses")))
                .containsExactly(
                        "Inbjudna → Deltog",
                        "16–24 år Ålder −0,5 4,5 % → 4,0 %",
                        "Män Kön −0,3 45,9 % → 45,6 %",
                        "75–84 år Ålder −0,1 10,5 % → 10,4 %");
        assertThat(text(stages.selectFirst(".r-indicator"))).startsWith("R-indikator för Inbjudna → Deltog: 0,87");
    }

    @Test
    void lossesLeaveOutCountsBelowTheThreshold() {
        // 85+ fell from 2,3 % to 1,6 %, but 2 participants may not be shown
        assertThat(text(assembly.selectFirst("table.losses"))).doesNotContain("85+");
    }

    @Test
    void processWithOneStageHasNoFunnel() {
        assertThat(openMeeting.select("table.losses, .r-indicator, img[src=charts/funnel.svg]"))
                .isEmpty();
    }

    @Test
    void funnelInEnglish() {
        Element stages = englishAssembly.getElementById("stages");
        assertThat(stages.select("h3").eachText())
                .containsExactly("Participants and D per stage", "Which groups were lost where");
        assertThat(rowTexts(stages.selectFirst("table.losses"))).contains("Men Gender −0.3 45.9% → 45.6%");
        assertThat(text(stages.selectFirst(".r-indicator"))).startsWith("R-indicator for Invited → Attended: 0.87");
    }

    // --- participation per 1 000 by district

    @Test
    void districtRatesShowPer1000WithAreaNamesAndTheProcessWideRate() throws IOException {
        Element section = openMeeting.getElementById("district-rates");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Deltagande per 1 000 invånare per område");
        assertThat(rowTexts(section.selectFirst("table.district-rates")))
                .containsExactly("Centrum 30 8 000 3,75", "9901R002 15 5 700 2,63", "9901R003 × 3 000 ×");
        assertThat(section.select(".notes li").eachText().stream()
                        .map(s -> s.replace('\u00a0', ' '))
                        .toList())
                .anySatisfy(n -> assertThat(n).contains("2,69 deltagare per 1 000 invånare"))
                .anySatisfy(n -> assertThat(n).contains("1 område(n) med få deltagare visas inte i diagrammet"))
                .anySatisfy(n -> assertThat(n).startsWith("× = antalet visas inte"));
        String svg =
                Files.readString(swedish.get(1).resolveSibling("charts/district-per-1000.svg"), StandardCharsets.UTF_8);
        assertThat(svg).contains("Centrum", "Deltagare per 1 000 invånare").doesNotContain("9901R003");
    }

    @Test
    void districtRatesInEnglish() {
        Element section = englishOpenMeeting.getElementById("district-rates");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Participation per 1,000 residents by district");
        assertThat(text(section)).contains("3.75", "2.69 participants per 1,000 residents");
    }

    @Test
    void processWithoutDistrictRowsHasNoDistrictSection() {
        assertThat(assembly.getElementById("district-rates")).isNull();
    }

    // --- data quality

    @Test
    void dataQualityShowsRowsPerInputWithReasonsDroppedColumnsWarningsAndNotes() {
        Element section = assembly.getElementById("data-quality");
        assertThat(section.select("h3").eachText())
                .containsExactly("Inlästa filer", "Anmärkningar från körningen", "Vilka som inte ingår i jämförelsen");
        assertThat(text(section.select("table.inputs tbody tr").get(0))).startsWith("Processer processes.csv 2 2 0");
        Element participants = section.select("table.inputs tbody tr").get(1);
        assertThat(participants.select("b")).as("file name is text, not markup").isEmpty();
        assertThat(participants.select(".detail").eachText())
                .containsExactly(
                        "age is not a number: färre än 5 rader",
                        "unknown process_id: färre än 5 rader",
                        "Borttagna kolumner med personuppgifter: namn, e-post",
                        "Varning: gender: 'annat' has no counterpart in the population tables; reported on its own line, not part"
                                + " of the shares");
        assertThat(section.select("ul.run-notes li").eachText())
                .containsExactly("origin is not compared for p2: no population table holds origin");
    }

    @Test
    void dataQualityPublishesNoParticipantRowCountNoSmallCountAndNoRowDetail() {
        Element section = assembly.getElementById("data-quality");
        Element participants = section.select("table.inputs tbody tr").get(1);
        // 1 489 read, 1 482 accepted, 7 rejected in run.json: the accepted count is the exact number of
        // participants, which the tables publish only protected, and the rejected ones follow from it
        assertThat(text(participants)).startsWith("Deltagare deltagare & <b>2024.csv – – –");
        assertThat(text(section))
                .doesNotContain(
                        "1 489", "1 482", "(1 row)", "4 rader", "3 rader", "decimal comma read in column weight");
        assertThat(text(section)).contains("Deltagarfilernas antal rader visas inte");
    }

    @Test
    void dataQualityShowsPerDimensionWhoWasLeftOutAndTheComparedAges() {
        List<String> rows = rowTexts(assembly.selectFirst("table.dimension-quality"));
        assertThat(rows)
                .contains("Utbildningsnivå <5 0 <5 25–64 år population.csv", "Ålder 0 0 0 alla åldrar population.csv");
    }

    @Test
    void withheldDimensionCountsShowTheSuppressionMarkerNeverTheNotComputedDash() {
        Element gender = openMeeting.select("table.summary tbody tr").stream()
                .filter(r -> r.selectFirst("th a").text().equals("Kön"))
                .findFirst()
                .orElseThrow();
        assertThat(gender.select("td.num").get(1).text()).isEqualTo("×");
        assertThat(openMeeting.getElementById("summary").select(".notes li").eachText())
                .anyMatch(n -> n.startsWith("× = antalet visas inte"));
        assertThat(rowTexts(openMeeting.selectFirst("table.dimension-quality")))
                .contains("Kön × 0 0 alla åldrar population.csv");
    }

    @Test
    void dataQualityWithoutRunJsonSaysSo(@TempDir Path copy) throws Exception {
        Path metrics = Files.createDirectories(copy.resolve("metrics"));
        try (var files = Files.list(ReportRendererTest.fixture())) {
            for (Path file : files.toList()) {
                Files.copy(file, metrics.resolve(file.getFileName().toString()));
            }
        }
        Path html = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(metrics, copy.resolve("reports"))
                .get(0);
        Element section = ReportRendererTest.parse(html).getElementById("data-quality");
        assertThat(section.select("table.inputs")).isEmpty();
        assertThat(text(section)).contains("Ingen run.json hittades");
        assertThat(section.select("table.dimension-quality tbody tr")).hasSize(4);
    }

    @Test
    void dataQualityInEnglish() {
        Element section = englishAssembly.getElementById("data-quality");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Data quality");
        assertThat(text(section))
                .contains("Participants", "age is not a number: fewer than 5 rows", "all ages")
                .doesNotContain("1,489");
    }

    // --- methodology

    @Test
    void methodologyAppendixHasFormulasThresholdAndPopulationSource() {
        Element section = assembly.getElementById("methodology");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Bilaga: metod");
        assertThat(section.select("td.formula").eachText())
                .hasSize(17)
                .contains(
                        "p(k) = n(k) / n",
                        "1 000 · n(k) / N(k)",
                        "D = ½ · Σ |p(k) − π(k)|",
                        "w = √(χ² / n)",
                        "R = 1 − 2 · S(ρ)",
                        "E[D] = ½ · Σ E|X(k)/n − π(k)|, X(k) ~ Bin(n, π(k))",
                        "D(korr) = 2 · D − E*[D*]",
                        "D* = D(X), X ~ Hypergeom(n(s − 1, k), n(s))");
        // the verdict rule with conf's default thresholds
        assertThat(text(section))
                .contains(
                        "färre än 20 svar är ”För få för att bedöma”",
                        "högst 5 % av slumpurvalen har minst lika stort D",
                        "under 15 % måttlig",
                        "högst 10 % av slumpurvalen har högst lika stort D");
        assertThat(text(section)).contains("Wilson-intervall", "Holm", "Monte Carlo", "Hellingeravstånd", "Cohens w");
        assertThat(text(section.selectFirst(".disclosure")))
                .startsWith("Röjandeskydd (cellnyckelmetoden")
                .contains("Antal från 1 till 4 (mindre än 5) visas som ”<5”");
        assertThat(text(section.selectFirst(".population-source")))
                .isEqualTo("Befolkningsstatistik: population.csv, år 2024, Exempelstad.");
        assertThat(assembly.select("script, link[href^=http], img[src^=http]")).isEmpty();
    }

    @Test
    void methodologyFollowsTheConfiguredThreshold(@TempDir Path tenOut) throws Exception {
        Path html = new ReportRenderer(ConfLikeLabels.swedish(), new ReportSettings("sv", 10, 0.05, 0.15))
                .renderAll(ReportRendererTest.fixture(), tenOut)
                .get(0);
        assertThat(text(ReportRendererTest.parse(html).selectFirst("#methodology .disclosure")))
                .contains("Antal från 1 till 9 (mindre än 10) visas som ”<10”");
    }

    @Test
    void methodologyInEnglish() {
        Element section = englishAssembly.getElementById("methodology");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Appendix: method");
        assertThat(text(section))
                .contains(
                        "Counts from 1 to 4 (below 5) are shown as “<5”",
                        "Population statistics: population.csv, year 2024, Exempelstad.");
    }

    // --- PDF

    @Test
    void swedishPdfHasTheNewSections() {
        assertThat(assemblyPdf)
                .contains(
                        "Deltagare och D per steg",
                        "Vilka grupper tappades var",
                        "Inbjudna → Deltog",
                        "−0,5",
                        "R-indikator",
                        "Datakvalitet",
                        "Inlästa filer",
                        "färre än 5 rader",
                        "Bilaga: metod",
                        "Röjandeskydd",
                        "population.csv");
        assertThat(openMeetingPdf).contains("Deltagande per 1 000 invånare per område", "3,75", "2,69");
    }

    @Test
    void englishPdfHasTheNewSections() {
        assertThat(englishPdf)
                .contains(
                        "Which groups were lost where",
                        "−0.5",
                        "R-indicator",
                        "Data quality",
                        "fewer than 5 rows",
                        "Appendix: method",
                        "Disclosure control")
                .doesNotContain("Bilaga", "1,489");
    }
}
