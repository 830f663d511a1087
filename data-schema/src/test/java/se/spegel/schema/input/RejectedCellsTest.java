package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

/** Identifiers and unsafe text in the answer columns of participants are rejected cells: missing answers, rows kept. */
class RejectedCellsTest {
    @TempDir
    Path dir;

    private final List<ParticipantRow> accepted = new ArrayList<>();

    private InputLedger read(String... lines) {
        Map<String, ProcessRow> processes = Map.of(
                "m",
                new ProcessRow(
                        "m", "Möte", Method.OPEN_MEETING, "1480", 2024, null, null, null, null, List.of("attended")));
        return new ParticipantsReader(SpegelConfig.defaults(), processes)
                .read(TestFiles.utf8(dir, "participants.csv", lines), accepted::add);
    }

    @Test
    void anIdentifierInAKnownColumnIsAMissingAnswerAndTheRowStays() {
        InputLedger ledger = read(
                "process_id,person_id,age,gender,education,origin,area_code",
                "m,a,30,kvinna,gymnasial,svensk bakgrund,D1",
                "m,b,31,19850512-1234,karin.ek@example.se,08-123 456 78,+46 70 123 45 67",
                "m,c,32,man,gymnasial,svensk bakgrund,D2");
        assertThat(ledger.rowsRead()).isEqualTo(3);
        assertThat(ledger.rowsAccepted()).isEqualTo(3);
        assertThat(ledger.rowsRejected()).isZero();
        ParticipantRow second = accepted.get(1);
        assertThat(second.categories().get("gender")).isNull();
        assertThat(second.categories().get("education")).isNull();
        assertThat(second.categories().get("origin")).isNull();
        assertThat(second.areaCode()).isNull();
        assertThat(second.ageLow()).as("the row's other answers are kept").isEqualTo(31);
        assertThat(accepted.get(0).categories().get("gender")).isEqualTo("kvinna");
        assertThat(ledger.warnings())
                .singleElement()
                .asString()
                .startsWith("rejected cells, area_code: 1 cell (first at line 3), education: 1 cell (first at line 3),"
                        + " gender: 1 cell (first at line 3), origin: 1 cell (first at line 3):")
                .doesNotContain("1985", "karin", "123");
        assertThat(ledger.publishedWarnings())
                .singleElement()
                .asString()
                .startsWith("rejected cells in area_code, education, gender, origin:")
                .doesNotContain("1 cell");
    }

    @Test
    void controlAndBidirectionalCharactersAndOverlongAnswersAreRejectedCells() {
        InputLedger ledger = read(
                "process_id,person_id,gender",
                "m,a,\u001b[31mman",
                "m,b,\u202enam",
                "m,c," + "k".repeat(501),
                "m,d,kvinna");
        assertThat(ledger.rowsAccepted()).isEqualTo(4);
        assertThat(accepted).extracting(p -> p.categories().get("gender")).containsExactly(null, null, null, "kvinna");
        assertThat(ledger.warnings())
                .singleElement()
                .asString()
                .startsWith("rejected cells, gender: 3 cells (first at line 2)");
    }

    @Test
    void ordinaryAnswersAndBlankCellsAreNotRejected() {
        for (String answer : List.of(
                "kvinna",
                "icke-binär",
                "Född i Sverige, utländsk bakgrund",
                "0180C1090",
                "1480",
                "16-24",
                "k".repeat(500),
                "tab\there")) {
            assertThat(RejectedCells.isRejected(answer)).as(answer).isFalse();
        }
        assertThat(RejectedCells.isRejected("")).isFalse();
    }
}
