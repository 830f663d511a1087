package se.spegel.schema.input.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.TableOpener;

class SurveyBenchmarkReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    private static final String HEADER = "dimension,category,share,survey_n,area_code,source\n";

    @TempDir
    Path dir;

    private List<SurveyBenchmark> read(String content) throws IOException {
        Path file = dir.resolve("survey.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return SurveyBenchmarkReader.read(List.of(file), CONFIG, TableOpener::openText);
    }

    private String error(String content) {
        try {
            read(content);
        } catch (InputException e) {
            return e.userMessage().replace(dir.toString() + java.io.File.separator, "");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    @Test
    void readsOneBenchmarkPerDimensionAndAreaWithItsSourceAndN() throws IOException {
        List<SurveyBenchmark> read = read("Dimension;Category;Share;Survey_n;område;Source\n"
                + "Klimatoro;mycket_orolig;0,22;1 200;;SOM 2023\n"
                + "klimatoro;ganska_orolig;0,40;1 200;;\n"
                + "klimatoro;inte_orolig;0,38;1 200;;\n"
                + "klimatoro;mycket_orolig;0.3;400;1480;Göteborgs enkät\n"
                + "klimatoro;Ganska_orolig;0.7;400;1480;\n");
        assertThat(read).hasSize(2);
        SurveyBenchmark any = read.get(0);
        assertThat(any.dimension()).isEqualTo("klimatoro");
        assertThat(any.areaCode()).isNull();
        assertThat(any.surveyN()).isEqualTo(1200);
        assertThat(any.source()).isEqualTo("SOM 2023");
        assertThat(any.shares())
                .containsExactly(
                        java.util.Map.entry("mycket_orolig", 0.22),
                        java.util.Map.entry("ganska_orolig", 0.40),
                        java.util.Map.entry("inte_orolig", 0.38));
        SurveyBenchmark gothenburg = read.get(1);
        assertThat(gothenburg.areaCode()).isEqualTo("1480");
        // an undeclared dimension's category keeps the spelling first met, whatever case a later area uses
        assertThat(gothenburg.shares().keySet()).containsExactly("mycket_orolig", "ganska_orolig");
        assertThat(gothenburg.line()).isEqualTo(5);
    }

    @Test
    void anUndeclaredDimensionBecomesAColumnDimensionWithTheBenchmarksCategories() throws IOException {
        List<DimensionScheme> schemes = SurveyBenchmarkReader.undeclaredColumns(
                read(HEADER + "klimatoro,mycket_orolig,0.5,100,,\nklimatoro,inte_orolig,0.5,100,,\n"), CONFIG);
        assertThat(schemes).hasSize(1);
        assertThat(schemes.get(0).order()).containsExactly("mycket_orolig", "inte_orolig");
        assertThat(schemes.get(0).canonical(" Mycket_Orolig ")).isEqualTo("mycket_orolig");
    }

    @Test
    void everyBadRowStopsAtItsCell() {
        assertThat(error(HEADER + "klimatoro,a,hög,100,,\nklimatoro,b,0.5,100,,\n"))
                .isEqualTo("survey.csv:2:3 (column share): 'hög' is not a number");
        assertThat(error(HEADER + "klimatoro,a,-0.1,100,,\nklimatoro,b,1.1,100,,\n"))
                .startsWith("survey.csv:2:3 (column share): share '-0.1' is not between 0 and 1");
        assertThat(error(HEADER + "klimatoro,a,0.5,ett hundra,,\n"))
                .startsWith("survey.csv:2:4 (column survey_n): 'ett hundra' is not a whole number of respondents");
        assertThat(error(HEADER + "klimatoro,a,0.5,-3,,\n"))
                .isEqualTo("survey.csv:2:4 (column survey_n): survey_n must be at least 1, was -3");
        assertThat(error(HEADER + "klimatoro,a,0.5,,,\n"))
                .startsWith("survey.csv:2:4 (column survey_n): survey_n is blank");
        assertThat(error(HEADER + ",a,0.5,100,,\n"))
                .isEqualTo("survey.csv:2:1 (column dimension): the dimension is blank");
        assertThat(error(HEADER + "klimatoro,,0.5,100,,\n"))
                .isEqualTo("survey.csv:2:2 (column category): the category is blank");
        assertThat(error(HEADER + "age,16-24,0.5,100,,\nage,25+,0.5,100,,\n"))
                .startsWith(
                        "survey.csv:2:1 (column dimension): age is counted from ages and compared with the register");
    }

    @Test
    void everyBadGroupStopsAtTheRowThatShowsIt() {
        assertThat(error(HEADER + "klimatoro,a,0.5,100,,\nklimatoro,A,0.5,100,,\n"))
                .isEqualTo(
                        "survey.csv:3:2 (column category): category 'A' of klimatoro is given twice (also survey.csv:2)");
        assertThat(error(HEADER + "klimatoro,a,0.5,100,,\nklimatoro,b,0.5,90,,\n"))
                .startsWith(
                        "survey.csv:3:4 (column survey_n): survey_n 90 differs from 100 given for klimatoro at survey.csv:2");
        assertThat(error(HEADER + "klimatoro,a,0.5,100,D1,\nklimatoro,b,0.49,100,D1,\n"))
                .isEqualTo(
                        "survey.csv:3:3 (column share): the shares of klimatoro in area 'D1' sum to 0.9900, not 1 (within 0.005)");
        assertThat(error(HEADER + "klimatoro,a,1,100,,\n"))
                .startsWith("survey.csv:2:2 (column category): klimatoro has one category only");
        assertThat(error(HEADER)).isEqualTo("survey.csv: the survey benchmark file has a header but no rows");
        assertThat(error("dimension,category,share\nklimatoro,a,1\n"))
                .startsWith("survey.csv:1 (column survey_n): missing required column 'survey_n'");
    }

    @Test
    void roundingWithinHalfAPointIsAccepted() throws IOException {
        assertThat(read(HEADER + "klimatoro,a,0.334,100,,\nklimatoro,b,0.333,100,,\nklimatoro,c,0.337,100,,\n"))
                .hasSize(1);
    }

    @Test
    void aDeclaredDimensionsCategoriesGoThroughConfsSynonyms() throws IOException {
        // gender is declared in conf: "Kvinnor" is its category kvinna (the register check comes later, in jobs)
        assertThat(read(HEADER + "gender,Kvinnor,0.5,100,,\ngender,män,0.5,100,,\n")
                        .get(0)
                        .shares()
                        .keySet())
                .containsExactly("kvinna", "man");
        assertThatThrownBy(() -> read(HEADER + "gender,kvinna,0.5,100,,\ngender,Kvinnor,0.5,100,,\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("given twice");
    }
}
