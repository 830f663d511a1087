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

/** Columns holding direct identifiers under an innocent name are dropped by their content. */
class IdentifierContentTest {
    @TempDir
    Path dir;

    @Test
    void columnsOfEmailsPersonnummerAndMobileNumbersAreDroppedWhateverTheirName() {
        Path file = TestFiles.utf8(
                dir,
                "participants.csv",
                "process_id,person_id,age,kontakt,anteckning,nummer,kommentar",
                "m,a,34,anna@example.se,19850412-1234,070-123 45 67,kom sent",
                "m,b,41,bo@example.org,198011223344,0731234567,",
                "m,c,29,,200101011234,+46 70 765 43 21,bra möte",
                "m,d,52,dag@example.com,,,");
        Map<String, ProcessRow> processes = Map.of(
                "m",
                new ProcessRow(
                        "m", "Möte", Method.OPEN_MEETING, "1480", 2024, null, null, null, null, List.of("attended")));
        List<ParticipantRow> accepted = new ArrayList<>();
        InputLedger ledger = new ParticipantsReader(SpegelConfig.defaults(), processes).read(file, accepted::add);

        assertThat(ledger.droppedColumns()).containsExactly("kontakt", "anteckning", "nummer");
        assertThat(ledger.warnings())
                .singleElement()
                .asString()
                .contains("kontakt", "anteckning", "nummer")
                .doesNotContain("@", "1985");
        assertThat(accepted).hasSize(4);
        assertThat(accepted.toString()).doesNotContain("@", "19850412", "070-123");
    }

    @Test
    void ordinaryTextAndNumbersAreNotTakenForIdentifiers() {
        assertThat(DirectIdentifiers.isIdentifyingValue("kom sent")).isFalse();
        assertThat(DirectIdentifiers.isIdentifyingValue("1480")).isFalse();
        assertThat(DirectIdentifiers.isIdentifyingValue("123 45")).isFalse();
        assertThat(DirectIdentifiers.isIdentifyingValue("0180C1010")).isFalse();
        assertThat(DirectIdentifiers.isIdentifyingValue("19850412-1234")).isTrue();
        assertThat(DirectIdentifiers.isIdentifyingValue("anna@example.se")).isTrue();
        assertThat(DirectIdentifiers.isIdentifyingValue("+46 70 765 43 21")).isTrue();
    }

    @Test
    void landlineNumbersAreIdentifiersButCodesBandsAndCountsAreNot() {
        for (String phone : List.of(
                "08-123 456 78",
                "031-12 34 56",
                "0480/123 45",
                "+46 8 123 456 78",
                "+46 (0)31 123456",
                "0046 31 123456",
                "031123456",
                "0812345678")) {
            assertThat(DirectIdentifiers.isIdentifyingValue(phone)).as(phone).isTrue();
        }
        for (String code : List.of(
                "0180",
                "1480",
                "0180C1090",
                "0-19",
                "00-04",
                "16-24",
                "85+",
                "2024",
                "123456",
                "01 Stockholms län",
                "0114A0010",
                "25-64 år")) {
            assertThat(DirectIdentifiers.isIdentifyingValue(code)).as(code).isFalse();
        }
    }
}
