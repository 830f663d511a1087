package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.input.AreaRow;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.PopulationTable;

class CrossFileChecksTest {
    private static final AreaHierarchy AREAS = new AreaHierarchy(
            List.of(new AreaRow("K", null, "kommun", "K"), new AreaRow("D1", "K", "district", "D1")),
            Path.of("areas.csv"));

    @Test
    void tablesWhoseTotalsDifferByMoreThanOnePercentOverTheirCommonAgesAreReported() {
        // ages 20-40 are common; at 20 and 40: 100 + 100 = 200 against 101 + 100 = 201 (0.5 %, fine) in 2024,
        // and 200 against 203 (1.5 %, reported) in 2023; age 60 of the first table is outside the common range
        PopulationTable gender = table(
                "gender.csv",
                "gender",
                row(2024, 20, 100),
                row(2024, 40, 100),
                row(2024, 60, 500),
                row(2023, 20, 100),
                row(2023, 40, 100));
        PopulationTable origin = table(
                "origin.csv", "origin", row(2024, 20, 101), row(2024, 40, 100), row(2023, 20, 103), row(2023, 40, 100));

        assertThat(CrossFileChecks.disagreeingTotals(origin, gender))
                .hasValue("residents aged 20–40 disagree with "
                        + "gender.csv in 1 of 2 areas and years by more than 1 % (D1 in 2023: 203 here, 200 there); each table's shares "
                        + "are its own, but the tables may come from different extracts");
        assertThat(CrossFileChecks.disagreeingTotals(gender, gender)).isEmpty();
    }

    @Test
    void eachPopulationTableIsWarnedAboutItsOwnFindingsInItsOwnLedger() {
        PopulationTable gender = table(
                "gender.csv", "gender", row(2024, 20, 100), row(2024, 40, 100), row(2023, 20, 100), row(2023, 40, 100));
        PopulationTable origin = table(
                "origin.csv", "origin", row(2024, 20, 101), row(2024, 40, 100), row(2023, 20, 103), row(2023, 40, 100));
        PopulationTable education = table(
                "education.csv",
                "education",
                row(2024, 20, 200),
                row(2023, 40, 200),
                new PopulationRow(2024, "X9", 30, 30, Map.of("education", "x"), 5));
        List<se.spegel.schema.input.InputLedger> ledgers = List.of(
                new se.spegel.schema.input.InputLedger("participants", Path.of("participants.csv")),
                new se.spegel.schema.input.InputLedger("population", gender.file()),
                new se.spegel.schema.input.InputLedger("population", origin.file()),
                new se.spegel.schema.input.InputLedger("population", education.file()));
        CrossFileChecks.warn(new LoadedInputs(
                Map.of(), List.of(), List.of(), List.of(gender, origin, education), AREAS, ledgers, null, List.of()));

        assertThat(ledgers.get(1).warnings()).isEmpty();
        assertThat(ledgers.get(2).warnings())
                .containsExactly("residents aged 20–40 disagree with gender.csv in 1 of 2"
                        + " areas and years by more than 1 % (D1 in 2023: 203 here, 200 there); each table's shares are its"
                        + " own, but the tables may come from different extracts");
        // 2024: 200 against 200 and 201 (within 1 %); 2023: 200 against 200 (same) and 203 (1.5 %: reported against
        // origin); X9 in 2024 is a third area and year, which no other table has
        assertThat(ledgers.get(3).warnings())
                .containsExactly(
                        "1 row names an area not in the areas file (X9); it lies"
                                + " in no target area and is not counted",
                        "residents aged 20–40 disagree with origin.csv in 1 of 3"
                                + " areas and years by more than 1 % (D1 in 2023: 200 here, 203 there); each table's shares are its"
                                + " own, but the tables may come from different extracts");
    }

    @Test
    void answersThatNoPopulationTableHasAreNamedWithTheirRowCountsForTheAnalystOnly() {
        PopulationTable gender = table("gender.csv", "gender", row(2024, 20, 100));
        List<ParticipantRow> participants =
                List.of(participant("man"), participant("q"), participant("q"), participant(null));
        List<InputLedger.Warning> warnings = CrossFileChecks.answersWithoutCounterpart(
                ParticipantTallies.of(participants, List.of("gender")), List.of(gender));
        assertThat(warnings)
                .extracting(InputLedger.Warning::internal)
                .containsExactly("gender: 'q' (2 rows) has no counterpart in the population tables; "
                        + "reported on its own line, not part of the shares");
        // the published form (reports) names the answer but not how many gave it
        assertThat(warnings)
                .extracting(InputLedger.Warning::published)
                .containsExactly("gender: 'q' has no counterpart in the population tables; "
                        + "reported on its own line, not part of the shares");
    }

    @Test
    void populationRowsAndResidencesOutsideTheHierarchyAreNamed() {
        PopulationTable table = table(
                "p.csv",
                "gender",
                row(2024, 20, 100),
                new PopulationRow(2024, "X9", 20, 20, Map.of("gender", "man"), 5));
        assertThat(CrossFileChecks.areasOutsideHierarchy(table, AREAS))
                .hasValue(
                        "1 row names an area not in the areas file (X9); it lies in no target area and is not counted");
        assertThat(CrossFileChecks.areasOutsideHierarchy(table, AreaHierarchy.empty()))
                .isEmpty();
        assertThat(CrossFileChecks.residencesOutsideHierarchy(
                        ParticipantTallies.of(List.of(participant("man")), List.of("gender")), AREAS))
                .isEmpty();
    }

    private static PopulationRow row(int period, int age, long count) {
        return new PopulationRow(period, "D1", age, age, Map.of("gender", "man"), count);
    }

    private static PopulationTable table(String file, String dimension, PopulationRow... rows) {
        int min = List.of(rows).stream().mapToInt(PopulationRow::ageLow).min().orElseThrow();
        int max = List.of(rows).stream().mapToInt(PopulationRow::ageHigh).max().orElseThrow();
        return new PopulationTable(Path.of(file), List.of(dimension), true, null, min, max, List.of(rows));
    }

    private static ParticipantRow participant(String gender) {
        java.util.Map<String, String> categories = new java.util.HashMap<>();
        categories.put("gender", gender);
        return new ParticipantRow("p", null, 0, 30, 30, "25-34", categories, "D1", 1);
    }
}
