package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** comparison/report.html of `spegel compare`: methods compared over many processes, in Swedish and English. */
class MethodComparisonReportTest {

    @TempDir
    static Path out;

    static Path swedish;
    static Path english;
    static Document sv;
    static Document en;

    /** Three open meetings (D age 0.1, 0.2, 0.6) and two assemblies (0.05, 0.07), as in MethodComparatorTest. */
    static Path fixture(Path dir) throws IOException {
        Path metrics = Files.createDirectories(dir.resolve("metrics"));
        write(
                metrics,
                "method_comparison.csv",
                "method,dimension,n_processes,mean_dissimilarity,mean_dissimilarity_ci_low,mean_dissimilarity_ci_high,"
                        + "median_dissimilarity,median_dissimilarity_ci_low,median_dissimilarity_ci_high,min_dissimilarity,"
                        + "max_dissimilarity,ci_level,bootstrap_samples,bootstrap_seed",
                "open_meeting,age,3,0.3,0.15,0.45,0.2,0.1,0.6,0.1,0.6,0.95,2000,11",
                "open_meeting,gender,1,0.04,0.04,0.04,0.04,0.04,0.04,0.04,0.04,0.95,2000,11",
                "open_meeting,age×gender,1,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.95,2000,11",
                "citizens_assembly,age,2,0.06,0.05,0.07,0.06,0.05,0.07,0.05,0.07,0.95,2000,11");
        write(
                metrics,
                "method_comparison_groups.csv",
                "method,dimension,category,n_processes,n_tested,n_under,share_under,n_over,share_over,n_withheld,"
                        + "median_ratio,rank",
                "open_meeting,age,16-24,3,2,1,0.5,0,0,1,0.6,2",
                "citizens_assembly,age,16-24,2,2,0,0,0,0,0,1.03,1",
                "open_meeting,age,65+,2,2,0,0,2,1,0,1.5,1",
                "open_meeting,age,<b>x</b>,1,0,0,,0,,1,,",
                "open_meeting,district,9901R001,1,1,1,1,0,0,0,0.2,1");
        write(
                metrics,
                "method_comparison_trend.csv",
                "method,dimension,period,n_processes,mean_dissimilarity,median_dissimilarity",
                "open_meeting,age,2022,2,0.15,0.15",
                "open_meeting,age,2023,1,0.6,0.6",
                "open_meeting,gender,2022,1,0.04,0.04",
                "citizens_assembly,age,2022,1,0.05,0.05",
                "citizens_assembly,age,2023,1,0.07,0.07");
        write(
                metrics,
                "method_comparison_processes.csv",
                "process_id,method,area_code,period,stage,dimension,dissimilarity",
                "om1,open_meeting,1480,2022,attended,age,0.1",
                "om2,open_meeting,1480,2022,attended,age,0.2",
                "om3,open_meeting,1481,2023,attended,age,0.6",
                "om1,open_meeting,1480,2022,attended,gender,0.04",
                "om1,open_meeting,1480,2022,attended,age×gender,0.2",
                "ca1,citizens_assembly,1480,2022,attended,age,0.05",
                "ca2,citizens_assembly,1481,2023,attended,age,0.07");
        return metrics;
    }

    private static void write(Path dir, String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void render() throws Exception {
        Path metrics = fixture(out);
        swedish = new MethodComparisonRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .render(metrics, out.resolve("sv"));
        english = new MethodComparisonRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                .render(metrics, out.resolve("en"));
        sv = ReportRendererTest.parse(swedish);
        en = ReportRendererTest.parse(english);
    }

    @Test
    void writesReportPdfAndBoxPlotIntoTheComparisonFolder() throws IOException {
        assertThat(swedish).isEqualTo(out.resolve("sv").resolve("comparison").resolve("report.html"));
        assertThat(swedish.resolveSibling("report.pdf")).isRegularFile();
        Path svg = swedish.resolveSibling("charts").resolve("dissimilarity-by-method.svg");
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg", "Öppet möte", "Medborgarråd", "Ålder");
        assertThat(sv.selectFirst("figure img").attr("src")).isEqualTo("charts/dissimilarity-by-method.svg");
    }

    @Test
    void swedishHeadingsAndFacts() {
        assertThat(sv.selectFirst("html").attr("lang")).isEqualTo("sv");
        assertThat(sv.selectFirst("h1").text()).isEqualTo("Jämförelse mellan dialogmetoder");
        assertThat(sv.select("h2").eachText())
                .containsExactly(
                        "Skillnadsindex D per metod och indelning",
                        "Fördelningen av D per metod",
                        "Vilka grupper når metoderna?",
                        "Rangordning av metoderna per grupp",
                        "Utveckling över tid",
                        "Om jämförelsen");
        assertThat(sv.select(".facts span").eachText())
                .containsExactly("Processer: 5", "Öppet möte: 3", "Medborgarråd: 2", "År: 2022–2023", "Områden: 2");
        // per method, the mean over processes of each process's mean D over plain dimensions:
        // open meetings (0.1 + 0.04)/2 = 0.07, 0.2, 0.6 → 0.87/3 = 0.29; assemblies (0.05 + 0.07)/2 = 0.06
        assertThat(ReportRendererTest.text(sv.selectFirst(".lead")))
                .isEqualTo("5 processer jämförs, var och en i sitt "
                        + "sista steg, alltså med dem som till slut deltog. Lägst skillnadsindex D i genomsnitt hade Medborgarråd "
                        + "(6,0 %), högst Öppet möte (29,0 %).");
    }

    @Test
    void summaryShowsMeanAndMedianWithIntervalsPerDimension() {
        Element meetings = sv.select("table.methods tbody tr").stream()
                .filter(tr -> !tr.hasClass("group"))
                .findFirst()
                .orElseThrow();
        assertThat(meetings.select("th, td").eachText().stream()
                        .map(s -> s.replace('\u00a0', ' '))
                        .toList())
                .containsExactly(
                        "Öppet möte",
                        "3",
                        "30,0 %95 %-intervall 15,0–45,0 %",
                        "20,0 %95 %-intervall 10,0–60,0 %",
                        "10,0–60,0 %");
        assertThat(meetings.selectFirst("span.level").hasClass("level-large")).isTrue();
        assertThat(sv.select("table.methods tr.group th").eachText()).containsExactly("Ålder", "Kön");
        assertThat(ReportRendererTest.text(sv.selectFirst("#summary .notes"))).contains("2 000 omdragningar", "frö 11");
    }

    @Test
    void heatmapShowsMedianRatioAndShareUnderRepresentedPerMethod() {
        assertThat(sv.select("table.heatmap thead th").eachText())
                .containsExactly("Grupp", "Öppet möte3 processer", "Medborgarråd2 processer");
        Element young = row(sv, "table.heatmap", "16–24 år");
        assertThat(young.select("td").get(0).ownText()).isEqualTo("0,60");
        assertThat(ReportRendererTest.text(young.select("td").get(0).selectFirst(".detail")))
                .isEqualTo("↓ 50 %");
        assertThat(young.select("td").get(0).attr("title"))
                .isEqualTo("Mediankvot i 3 processer; signifikant underrepresenterad i 1 av 2 testade");
        assertThat(young.select("td").get(1).ownText()).isEqualTo("1,03");
        // 65+ only in open meetings: blank for assemblies
        assertThat(row(sv, "table.heatmap", "65+ år").select("td").get(1).text())
                .isEmpty();
        // the only process withheld the group: no median, a withheld mark saying so
        Element withheld = row(sv, "table.heatmap", "<b>x</b>").select("td").get(0);
        assertThat(withheld.hasClass("withheld")).isTrue();
        assertThat(withheld.attr("title"))
                .isEqualTo("Redovisas inte i 1 av 1 processer (för få deltagare): ingen median");
        // districts differ per municipality: not a group row, and a note says so
        assertThat(sv.select("table.heatmap tr.group th").eachText()).containsExactly("Ålder");
        assertThat(sv.select("#heatmap .notes li").eachText()).anyMatch(n -> n.startsWith("Områden visas inte här"));
    }

    @Test
    void rankingListsMethodsPerGroupBestFirst() {
        assertThat(sv.select("table.ranking thead th").eachText()).containsExactly("Grupp", "Plats 1", "Plats 2");
        Element young = row(sv, "table.ranking", "16–24 år");
        assertThat(young.select("td .method").eachText()).containsExactly("Medborgarråd", "Öppet möte");
        assertThat(young.select("td .detail").eachText().stream()
                        .map(s -> s.replace('\u00a0', ' '))
                        .toList())
                .containsExactly("↓ 0 % · kvot 1,03", "↓ 50 % · kvot 0,60");
        // a group no process tested gets no ranking row
        assertThat(sv.select("table.ranking tbody th").eachText()).doesNotContain("<b>x</b>");
    }

    @Test
    void trendTablePerMethodAndYear() {
        assertThat(sv.select("table.trend thead th").eachText()).containsExactly("År", "Processer", "Ålder", "Kön");
        List<String> rows = sv.select("table.trend tbody tr").eachText().stream()
                .map(s -> s.replace('\u00a0', ' '))
                .toList();
        assertThat(rows)
                .containsExactly(
                        "Öppet möte",
                        "2022 2 15,0 % 4,0 %",
                        "2023 1 60,0 %",
                        "Medborgarråd",
                        "2022 1 5,0 %",
                        "2023 1 7,0 %");
    }

    @Test
    void categoryCodesAreEscapedNotMarkup() throws IOException {
        assertThat(sv.select("b")).isEmpty();
        assertThat(Files.readString(swedish)).contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void englishTextAndNumbers() throws IOException {
        assertThat(en.selectFirst("h1").text()).isEqualTo("Comparison of dialogue methods");
        assertThat(en.select("h2").eachText()).contains("Which groups do the methods reach?", "Trend over time");
        assertThat(ReportRendererTest.text(en.selectFirst("table.methods")))
                .contains("30.0%", "95% interval 15.0–45.0%");
        assertThat(en.select("table.heatmap td.ratio").eachText()).contains("0.60↓ 50%");
        assertThat(en.select("#about p").eachText())
                .anyMatch(p -> p.contains("2.5 to the 97.5 percentile") && p.contains("seed 11"));
        String pdf = pdfText(english.resolveSibling("report.pdf"));
        assertThat(pdf).contains("Comparison of dialogue methods", "Methods ranked per group", "30.0%");
    }

    @Test
    void swedishPdfHoldsTheSameText() throws IOException {
        assertThat(pdfText(swedish.resolveSibling("report.pdf")))
                .contains(
                        "Jämförelse mellan dialogmetoder",
                        "Rangordning av metoderna per grupp",
                        "30,0 %",
                        "0,60",
                        "<b>x</b>");
    }

    @Test
    void emptyComparisonIsAnError(@TempDir Path tmp) throws IOException {
        Path metrics = fixture(tmp);
        write(
                metrics,
                "method_comparison.csv",
                Files.readAllLines(metrics.resolve("method_comparison.csv")).get(0));
        assertThatThrownBy(() -> new MethodComparisonRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                        .render(metrics, tmp.resolve("out")))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("no rows");
    }

    private static Element row(Document doc, String table, String category) {
        return doc.select(table + " tbody tr").stream()
                .filter(tr -> tr.selectFirst("th") != null
                        && tr.selectFirst("th").text().equals(category))
                .findFirst()
                .orElseThrow();
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ');
        }
    }
}
