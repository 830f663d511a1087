package se.spegel.schema.input.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

class QuotaReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();

    @TempDir
    Path dir;

    @Test
    void longFormNamesItsProcessesAndMayGiveTargetAndWeight() throws IOException {
        Path file = write(
                "quotas.csv",
                "process_id;feature;value;min;max;target;weight",
                "radet;kön;Kvinna;18;22;20,5;2",
                "radet;ålder;16-29;5;;;",
                "annat-rad;gender;man;;10;;");
        List<Quota> quotas = QuotaReader.read(List.of(file), CONFIG);
        assertThat(quotas)
                .containsExactly(
                        new Quota("radet", "kön", "Kvinna", 18.0, 22.0, 20.5, 2.0, file, 2, 2, 3),
                        new Quota("radet", "ålder", "16-29", 5.0, null, null, 1.0, file, 3, 2, 3),
                        new Quota("annat-rad", "gender", "man", null, 10.0, null, 1.0, file, 4, 2, 3));
    }

    @Test
    void sortitionAlgorithmsCategoriesFileIsNamedForItsProcessAndItsFlexColumnsAreReadPast() throws IOException {
        Path file = write(
                "klimatradet.csv",
                "feature,value,min,max,min_flex,max_flex",
                "gender,Female,10,12,0,40",
                "gender,Male,9,11,0,40");
        List<Quota> quotas = QuotaReader.read(file, CONFIG);
        assertThat(quotas).extracting(Quota::processId).containsOnly("klimatradet");
        assertThat(quotas).extracting(Quota::min).containsExactly(10.0, 9.0);
        assertThat(quotas).extracting(Quota::max).containsExactly(12.0, 11.0);
        assertThat(quotas).extracting(Quota::target).containsOnlyNulls();
    }

    @Test
    void legacyCategoryNameHeaderReadsAsFeatureValue() throws IOException {
        Path file = write("radet.csv", "category,name,min,max", "age,16-29,4,6");
        Quota quota = QuotaReader.read(file, CONFIG).get(0);
        assertThat(quota.feature()).isEqualTo("age");
        assertThat(quota.value()).isEqualTo("16-29");
        assertThat(quota.min()).isEqualTo(4.0);
    }

    @Test
    void criteriaJsonGivesTargetsWithTheCriterionWeight() throws IOException {
        Path file = write(
                "radet.json",
                "{\"gender\": {\"weight\": 2,",
                " \"values\": {\"Man\": 20, \"Kvinna\": 21.5}},",
                " \"notes\": {\"values\": {\"x\": 1}, \"comment\": [1, {\"a\": 2}]}}");
        List<Quota> quotas = QuotaReader.read(file, CONFIG);
        assertThat(quotas).extracting(Quota::value).containsExactly("Man", "Kvinna", "x");
        assertThat(quotas.get(1).target()).isEqualTo(21.5);
        assertThat(quotas.get(1).weight()).isEqualTo(2.0);
        assertThat(quotas.get(1).line()).isEqualTo(2);
        // line 2 is ' "values": {"Man": 20, "Kvinna": 21.5}},': the key "Kvinna" opens with its quote at column 24
        assertThat(quotas.get(1).valueColumn()).isEqualTo(24);
    }

    @Test
    void minAboveMaxNamesTheMinCell() throws IOException {
        Path file = write("quotas.csv", "process_id,feature,value,min,max", "radet,gender,man,12,10");
        assertThatThrownBy(() -> QuotaReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file + ":2:4 (column min): min 12 is above max 10");
    }

    @Test
    void brokenJsonNamesLineAndColumn() throws IOException {
        Path file = write("radet.json", "{\"gender\": {\"values\": {\"Man\": 20,", "  \"Kvinna\" 21}}}");
        assertThatThrownBy(() -> QuotaReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .asString()
                // '  "Kvinna" 21': the unexpected '2' is column 12; Jackson before 2.17 (Spark 3.5's) names
                // the column after it, 13, later ones (Spark 4's) the column of the character itself
                .matches(java.util.regex.Pattern.quote(file.toString())
                        + ":2:1[23]: not valid JSON: Unexpected character \\('2'.*");
    }

    @Test
    void seatsThatAreNotNumbersAndQuotasGivenTwiceAreMistakes() throws IOException {
        Path text = write("radet.json", "{\"gender\": {\"values\": {\"Man\": \"tjugo\"}}}");
        assertThatThrownBy(() -> QuotaReader.read(text, CONFIG)).hasMessage("gender = Man must be a number, not tjugo");
        Path twice = write("q.csv", "process_id,feature,value,min,max", "r,gender,man,1,2", "r,Gender,Man,1,3");
        assertThatThrownBy(() -> QuotaReader.read(List.of(twice), CONFIG))
                .hasMessage("quota Gender = Man for r is given twice (also q.csv:2)");
        Path empty = write("e.csv", "process_id,feature,value,min,max", "r,gender,man,,");
        assertThatThrownBy(() -> QuotaReader.read(empty, CONFIG))
                .hasMessage("the quota gives none of min, max and target");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }
}
