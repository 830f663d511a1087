package se.spegel.reports.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.RenderedFixture;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportRendererTest;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.write.ComparisonReportWriter;

/** The first-page summary: LIX at most 40 in Swedish and English, the worst three findings, the verdict when present. */
class PlainSummaryTest {

    @TempDir
    Path dir;

    @Test
    void lixOfShortTextsCountedByHand() {
        // 9 words (Vi, mätte, vilka, som, kom, Det, var, många, unga), 2 sentences, none longer than 6 letters
        assertThat(Lix.of("Vi mätte vilka som kom. Det var många unga.")).isCloseTo(4.5, within(1e-9));
        // 5 words, all long (Medborgarrådet 14, samlade 7, deltagare 9, Kommunen 8, lottade 7), 2 sentences:
        // 5/2 + 100·5/5 = 102.5
        assertThat(Lix.of("Medborgarrådet samlade deltagare. Kommunen lottade."))
                .isCloseTo(102.5, within(1e-9));
        // "14 %", "0.74" and "1 000" are no words and "0.74" ends no sentence: 7 words (De, var, av, dem, som,
        // kom, per), none long, 1 sentence
        assertThat(Lix.count("De var 14 % av dem som kom, 0.74 per 1 000.")).isEqualTo(new Lix.Count(7, 0, 1));
        // "Björnsson" has 9 letters (ö counts as one), "inte" 4: 2 words, 1 long, 1 sentence: 2 + 50 = 52
        assertThat(Lix.of("Björnsson inte!")).isCloseTo(52, within(1e-9));
    }

    @Test
    void everyProcessReportOpensWithASummaryAtMostLix40InSwedishAndEnglish() throws IOException {
        for (Path html : RenderedFixture.allReports()) {
            if (html.getParent().getFileName().toString().equals(ComparisonReportWriter.FOLDER)) {
                continue;
            }
            Document page = ReportRendererTest.parse(html);
            Element brief = page.selectFirst("main > section");
            assertThat(brief.id()).as("the first section after the header").isEqualTo("in-brief");
            assertThat(brief.select("h3")).hasSize(4);
            assertThat(brief.select("ol.findings li")).hasSizeBetween(1, PlainSummary.FINDINGS);
            String text = bodyText(brief);
            Lix.Count count = Lix.count(text);
            System.out.printf(
                    "LIX %.1f (%d words, %d long, %d sentences) %s: %s%n",
                    count.lix(), count.words(), count.longWords(), count.sentences(), html, text);
            assertThat(count.lix()).as(text).isLessThanOrEqualTo(40);
        }
    }

    /** The summary's sentences, without the headings and the basis note. */
    private static String bodyText(Element brief) {
        List<String> parts = new ArrayList<>();
        for (Element e : brief.select("p:not(.basis), li")) {
            parts.add(e.text());
        }
        return String.join(" ", parts).replace('\u00a0', ' ');
    }

    @Test
    void findingsFollowTheVerdictWhenTheMetricsHaveIt() throws Exception {
        Path metrics = withVerdicts(ReportRendererTest.fixture(), dir.resolve("metrics"));
        List<Path> reports = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(metrics, dir.resolve("out"));
        Element brief = ReportRendererTest.parse(reports.get(0)).selectFirst("#in-brief");
        List<String> findings = brief.select("ol.findings li").eachText();
        // gender is graded worse_large, age as_chance, education better_than_chance: gender first, then the
        // remaining worse one (origin, graded by verdict worse_small), then age
        assertThat(findings).hasSize(3);
        assertThat(findings.get(0)).contains("kvinnor").endsWith("Det är en stor skillnad.");
        assertThat(findings.get(1)).endsWith("Det är en liten skillnad.");
        assertThat(findings.get(2)).startsWith("De som är").endsWith("Så stor skillnad kan slumpen ge.");
        assertThat(brief.selectFirst(".basis").text()).contains("slumpvis urval");
    }

    @Test
    void aSurveyBasedFindingComparesWithTheSurveyNotWithEveryoneWhoLivesHere() throws Exception {
        Path metrics = withVerdicts(ReportRendererTest.fixture(), dir.resolve("survey-metrics"));
        Path summary = metrics.resolve("dimension_summary.csv");
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(lines.get(0) + ",population_source,survey_n,survey_source"));
        for (String line : lines.subList(1, lines.size())) {
            boolean gender = line.startsWith("p1,citizens_assembly,attended,gender,");
            out.add(line + (gender ? ",survey,1200,Enkät 2024" : ",register,,"));
        }
        Files.write(summary, out, StandardCharsets.UTF_8);
        List<Path> reports = new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults())
                .renderAll(metrics, dir.resolve("survey-out"));
        List<String> findings = ReportRendererTest.parse(reports.get(0))
                .select("#in-brief ol.findings li")
                .eachText();
        assertThat(findings.get(0))
                .contains("kvinnor")
                .contains("i en enkät till dem som bor här")
                .doesNotContain("alla som bor här");
        assertThat(findings.subList(1, 3)).allSatisfy(f -> assertThat(f).doesNotContain("enkät"));
    }

    /** The fixture with a verdict column: p1 attended gender worse_large, age as_chance, education better, origin worse_small. */
    private static Path withVerdicts(Path fixture, Path copy) throws IOException {
        Files.createDirectories(copy);
        try (var files = Files.list(fixture)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path summary = copy.resolve("dimension_summary.csv");
        List<String> lines = Files.readAllLines(summary, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",verdict");
        for (String line : lines.subList(1, lines.size())) {
            String verdict = "";
            if (line.startsWith("p1,citizens_assembly,attended,")) {
                String dimension = line.split(",")[3];
                verdict = switch (dimension) {
                    case "gender" -> "worse_large";
                    case "age" -> "as_chance";
                    case "education" -> "better_than_chance";
                    case "origin" -> "worse_small";
                    default -> "too_few";
                };
            }
            out.add(line + "," + verdict);
        }
        Files.write(summary, out, StandardCharsets.UTF_8);
        return copy;
    }
}
