package se.spegel.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison report when compare's tables carry D against chance: methods are summarised and
 * ranked by the excess over chance, with the processes' sizes beside it, and raw D loses its light.
 * The fixture's raw D ranks the assemblies best; their excess does so too, but by the sizes' measure.
 */
class MethodComparisonSizeFairReportTest {
    private static final String MINUS = "\u2212";

    @TempDir
    static Path out;

    static Document sv;
    static Document en;

    /** MethodComparisonReportTest's tables with the size-fair columns compare writes now. */
    static Path fixture(Path dir) throws IOException {
        Path metrics = MethodComparisonReportTest.fixture(dir);
        write(
                metrics,
                "method_comparison.csv",
                "method,dimension,n_processes,mean_dissimilarity,mean_dissimilarity_ci_low,mean_dissimilarity_ci_high,"
                        + "median_dissimilarity,median_dissimilarity_ci_low,median_dissimilarity_ci_high,min_dissimilarity,"
                        + "max_dissimilarity,ci_level,bootstrap_samples,bootstrap_seed,mean_excess,mean_excess_ci_low,"
                        + "mean_excess_ci_high,median_excess,mean_corrected,median_n,min_n,max_n,n_worse",
                "open_meeting,age,3,0.3,0.15,0.45,0.2,0.1,0.6,0.1,0.6,0.95,2000,11,0.28,0.1,0.5,0.18,0.25,60,30,900,2",
                "open_meeting,gender,1,0.04,0.04,0.04,0.04,0.04,0.04,0.04,0.04,0.95,2000,11,0.03,0.03,0.03,0.03,0.03,60,60,60,0",
                "open_meeting,age×gender,1,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.2,0.95,2000,11,0.05,0.05,0.05,0.05,0.05,60,60,60,0",
                "citizens_assembly,age,2,0.06,0.05,0.07,0.06,0.05,0.07,0.05,0.07,0.95,2000,11,-0.09,-0.1,-0.08,-0.09,0,40.5,40,41,0");
        write(
                metrics,
                "method_comparison_processes.csv",
                "process_id,method,area_code,period,stage,dimension,dissimilarity,n,expected_dissimilarity,"
                        + "dissimilarity_excess,dissimilarity_corrected,verdict",
                "om1,open_meeting,1480,2022,attended,age,0.1,60,0.02,0.08,0.07,worse_moderate",
                "om2,open_meeting,1480,2022,attended,age,0.2,30,0.02,0.18,0.17,worse_large",
                "om3,open_meeting,1481,2023,attended,age,0.6,900,0.02,0.58,0.55,worse_large",
                "om1,open_meeting,1480,2022,attended,gender,0.04,60,0.01,0.03,0.03,as_chance",
                "om1,open_meeting,1480,2022,attended,age×gender,0.2,60,0.15,0.05,0.05,as_chance",
                "ca1,citizens_assembly,1480,2022,attended,age,0.05,40,0.15,-0.10,0,better_than_chance",
                "ca2,citizens_assembly,1481,2023,attended,age,0.07,41,0.15,-0.08,0,as_chance");
        return metrics;
    }

    @BeforeAll
    static void render() throws Exception {
        Path metrics = fixture(out);
        sv = ReportRendererTest.parse(new MethodComparisonRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .render(metrics, out.resolve("sv")));
        en = ReportRendererTest.parse(
                new MethodComparisonRenderer(ConfLikeLabels.english(), new ReportSettings("en", 5, 0.05, 0.15))
                        .render(metrics, out.resolve("en")));
    }

    private static void write(Path dir, String name, String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void leadNamesTheMethodsByTheirMeanExcessOverChance() {
        // per method, the mean over processes of each process's mean excess over plain dimensions:
        // open meetings (0.08 + 0.03)/2 = 0.055, 0.18, 0.58 → 0.815/3 = 0.2717; assemblies (−0.10 − 0.08)/2 = −0.09
        assertThat(ReportRendererTest.text(sv.selectFirst(".lead")))
                .endsWith("Räknat som D utöver vad slumpen ger vid "
                        + "processernas storlek låg Medborgarråd närmast invånarna (" + MINUS
                        + "9,0 procentenheter i genomsnitt) och "
                        + "Öppet möte längst ifrån (+27,2).");
        assertThat(ReportRendererTest.text(en.selectFirst(".lead")))
                .contains(
                        "Citizens' assembly came closest",
                        "(" + MINUS + "9.0 percentage points on average)",
                        "furthest (+27.2)");
    }

    @Test
    void summaryShowsSizesExcessWithItsLightAndProcessesWorseThanChance() {
        assertThat(sv.select("table.methods thead th").eachText())
                .containsExactly(
                        "Metod",
                        "Processer",
                        "Deltagare (median)",
                        "D utöver slumpen (medel, procentenheter)",
                        "Sämre än slumpen",
                        "Medelvärde av D");
        Element meetings = rows().get(0);
        assertThat(cells(meetings))
                .containsExactly(
                        "Öppet möte",
                        "3",
                        "60",
                        "+28,095 %-intervall +10,0 till +50,0",
                        "2 av 3",
                        "30,0 %95 %-intervall 15,0–45,0 %");
        // the light is the excess's (28 points: large); raw D carries none
        assertThat(meetings.select("span.level")).hasSize(1);
        assertThat(meetings.selectFirst("span.level").hasClass("level-large")).isTrue();
        assertThat(meetings.selectFirst("span.level").text()).isEqualTo("+28,0");
        Element assemblies = rows().get(1);
        assertThat(cells(assemblies))
                .startsWith(
                        "Medborgarråd",
                        "2",
                        "40,5",
                        MINUS + "9,095 %-intervall " + MINUS + "10,0 till " + MINUS + "8,0",
                        "0 av 2");
        assertThat(assemblies.selectFirst("span.level").hasClass("level-small")).isTrue();
        assertThat(sv.select("table.methods tr.group th").first().attr("colspan"))
                .isEqualTo("6");
        assertThat(ReportRendererTest.text(sv.selectFirst("#summary .notes")))
                .contains("D utöver slumpen", "ett slumpmässigt urval av processens storlek");
    }

    private static java.util.List<Element> rows() {
        return sv.select("table.methods tbody tr").stream()
                .filter(tr -> !tr.hasClass("group"))
                .toList();
    }

    private static java.util.List<String> cells(Element row) {
        return row.select("th, td").stream()
                .map(e -> ReportRendererTest.text(e).replace('\u00a0', ' '))
                .toList();
    }
}
