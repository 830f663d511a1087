package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The district map of the open meeting in the test metrics (districts 9901R001: 3.75 and 9901R002: 2.63
 * per 1 000 residents; 9901R003 withheld) drawn from the hand-written test boundaries.
 */
class DistrictMapReportTest {

    static Path openMeeting;
    static Path assembly;

    @BeforeAll
    static void render() {
        List<Path> reports = RenderedFixture.allReports();
        assembly = reports.get(0);
        openMeeting = reports.get(1);
    }

    @Test
    void drawsTheMapBesideTheDistrictTableWithAnAltTextNamingHighestAndLowest() throws Exception {
        Document page = ReportRendererTest.parse(openMeeting);
        Element map = page.selectFirst("#district-rates figure.map img");
        assertThat(map).isNotNull();
        assertThat(map.attr("src")).isEqualTo("charts/district-map.svg");
        assertThat(map.attr("alt"))
                .startsWith("Karta över 3 områden")
                .contains("Högst i Centrum (3,75), lägst i 9901R002 (2,63).")
                .contains("1 område(n) redovisas inte och är streckade.")
                .endsWith("Samma siffror finns i tabellen.");
        assertThat(page.select("#district-rates table.district-rates tbody tr")).hasSize(3);
        assertThat(openMeeting.resolveSibling("charts/district-map.svg")).isRegularFile();
    }

    @Test
    void districtsAreColouredByTheirClassLabelledWithTheirValueAndTheWithheldOneHatched() throws Exception {
        Document svg = Jsoup.parse(
                Files.readString(openMeeting.resolveSibling("charts/district-map.svg")), "", Parser.xmlParser());
        String all = svg.outerHtml();
        // step 1 (ChoroplethScaleTest): 3.75 → class 3 (#2c7fb8), 2.63 → class 2 (#41b6c4)
        assertThat(all.contains("fill:rgb(44,127,184)")).as("class 3 colour").isTrue();
        assertThat(all.contains("fill:rgb(65,182,196)")).as("class 2 colour").isTrue();
        List<String> texts = svg.select("text").eachText();
        assertThat(texts)
                .contains(
                        "3,75",
                        "2,63",
                        "×",
                        "Deltagare per 1 000 invånare",
                        "0,00–1,00",
                        "4,00–5,00",
                        "Redovisas inte (för få)",
                        "Uppgift saknas");
        // the hatching: lines in the hatch grey, only where a district is withheld (and in its legend swatch)
        assertThat(all.contains("stroke:rgb(140,140,140)")).as("hatch lines").isTrue();
        // the other municipality's district in the same file is not drawn: three districts, one an island pair
        assertThat(svg.select("g[style*=stroke:rgb(85,85,85)] > path")).hasSize(3);
    }

    @Test
    void aProcessWithoutDistrictRowsGetsNoMap() throws Exception {
        assertThat(assembly.resolveSibling("charts/district-map.svg")).doesNotExist();
        assertThat(ReportRendererTest.parse(assembly).select("figure.map")).isEmpty();
    }
}
