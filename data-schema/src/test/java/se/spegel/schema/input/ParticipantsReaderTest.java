package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

class ParticipantsReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    private static final List<String> ASSEMBLY = List.of("invited", "responded", "selected", "attended");

    @TempDir
    Path dir;

    private Map<String, ProcessRow> processes;
    private final List<ParticipantRow> accepted = new ArrayList<>();

    @BeforeEach
    void processes() {
        processes = Map.of(
                "rad",
                        new ProcessRow(
                                "rad",
                                "Medborgarråd",
                                Method.CITIZENS_ASSEMBLY,
                                "1480",
                                2023,
                                16,
                                null,
                                null,
                                null,
                                ASSEMBLY),
                "mbb",
                        new ProcessRow(
                                "mbb",
                                "Medborgarbudget",
                                Method.PARTICIPATORY_BUDGET,
                                "1480",
                                2023,
                                null,
                                null,
                                null,
                                null,
                                List.of("voted")));
    }

    private InputLedger read(String... lines) {
        Path file = TestFiles.utf8(dir, "participants.csv", lines);
        return new ParticipantsReader(CONFIG, processes).read(file, accepted::add);
    }

    private static void assertBalanced(InputLedger ledger) {
        assertThat(ledger.rowsRead()).isEqualTo(ledger.rowsAccepted() + ledger.rowsRejected());
    }

    private static void assertNoPersonIdInRejects(InputLedger ledger, String... personIds) {
        for (Reject reject : ledger.rejects()) {
            for (String personId : personIds) {
                assertThat(reject.detail()).doesNotContain(personId);
                assertThat(reject.toString()).doesNotContain(personId);
            }
        }
    }

    @Test
    void validRowsAreAcceptedAndCounted() {
        InputLedger ledger = read("process_id;person_id;age;gender", "rad;P-001;34;kvinna", "mbb;P-001;40;man");
        assertThat(ledger.rowsRead()).isEqualTo(2);
        assertThat(ledger.rowsAccepted()).isEqualTo(2);
        assertThat(ledger.rowsRejected()).isZero();
        assertThat(accepted).extracting(ParticipantRow::processId).containsExactly("rad", "mbb");
        assertThat(accepted.get(0).ageLow()).isEqualTo(34);
        assertThat(accepted.get(0).ageHigh()).isEqualTo(34);
        assertThat(accepted.get(0).ageBand()).isEqualTo("25-34");
        assertThat(accepted.get(0).weight()).isEqualTo(1.0);
    }

    @Test
    void personIdIsCarriedForWeightsButNeverPrinted() {
        read("process_id;person_id;age", "rad;P-SECRET-7;34");
        assertThat(accepted).extracting(ParticipantRow::personId).containsExactly("P-SECRET-7");
        // a participant that ends up in a log line or an exception message must not say who it was
        assertThat(accepted.get(0).toString()).doesNotContain("P-SECRET-7").contains("processId=rad");
    }

    @Test
    void unknownProcessIsRejected() {
        InputLedger ledger = read("process_id;person_id", "rad;P-SECRET-1", "nope;P-SECRET-2");
        assertBalanced(ledger);
        assertThat(ledger.rowsAccepted()).isEqualTo(1);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("unknown_process", 1L));
        Reject reject = ledger.rejects().get(0);
        assertThat(reject.line()).isEqualTo(3);
        assertThat(reject.column()).isEqualTo("process_id");
        assertThat(reject.file()).isEqualTo(dir.resolve("participants.csv").toString());
        assertNoPersonIdInRejects(ledger, "P-SECRET-1", "P-SECRET-2");
    }

    @Test
    void duplicatePersonInOneProcessIsRejectedButTheSamePersonInAnotherProcessIsNot() {
        InputLedger ledger = read("process_id;person_id", "rad;P-SECRET-1", "rad;P-SECRET-1", "mbb;P-SECRET-1");
        assertBalanced(ledger);
        assertThat(ledger.rowsRead()).isEqualTo(3);
        assertThat(ledger.rowsAccepted()).isEqualTo(2);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("duplicate_person", 1L));
        assertThat(ledger.rejects().get(0).line()).isEqualTo(3);
        assertNoPersonIdInRejects(ledger, "P-SECRET-1");
    }

    @Test
    void negativeAgeAndAge130AreOutOfRange() {
        InputLedger ledger = read(
                "process_id;person_id;age",
                "rad;P-SECRET-1;-5",
                "rad;P-SECRET-2;130",
                "rad;P-SECRET-3;120",
                "rad;P-SECRET-4;0");
        assertBalanced(ledger);
        assertThat(ledger.rowsAccepted()).isEqualTo(2);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("age_out_of_range", 2L));
        assertThat(ledger.rejects()).extracting(Reject::line).containsExactly(2L, 3L);
        assertThat(ledger.rejects()).extracting(Reject::column).containsOnly("age");
        assertNoPersonIdInRejects(ledger, "P-SECRET-1", "P-SECRET-2");
    }

    @Test
    void birthYearInTheFutureIsRejected() {
        int future = Year.now().getValue() + 1;
        InputLedger ledger = read("process_id;person_id;birth_year", "rad;P-SECRET-1;" + future);
        assertBalanced(ledger);
        assertThat(ledger.rowsAccepted()).isZero();
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("birth_year_in_future", 1L));
        assertThat(ledger.rejects().get(0).column()).isEqualTo("birth_year");
        assertNoPersonIdInRejects(ledger, "P-SECRET-1");
    }

    @Test
    void unknownStageIsRejected() {
        InputLedger ledger = read("process_id;person_id;stage", "rad;P-SECRET-1;invited", "rad;P-SECRET-2;voted");
        assertBalanced(ledger);
        assertThat(ledger.rowsAccepted()).isEqualTo(1);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("unknown_stage", 1L));
        assertThat(ledger.rejects().get(0).column()).isEqualTo("stage");
        assertNoPersonIdInRejects(ledger, "P-SECRET-1", "P-SECRET-2");
    }

    @Test
    void rowWithAnExtraCellIsRejectedForItsCellCount() {
        InputLedger ledger = read("process_id;person_id;age", "rad;P-SECRET-1;34;P-SECRET-1", "rad;P-SECRET-2;35");
        assertBalanced(ledger);
        assertThat(ledger.rowsRead()).isEqualTo(2);
        assertThat(ledger.rowsAccepted()).isEqualTo(1);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("wrong_cell_count", 1L));
        assertThat(ledger.rejects().get(0).line()).isEqualTo(2);
        assertNoPersonIdInRejects(ledger, "P-SECRET-1", "P-SECRET-2");
    }

    @Test
    void everyRejectReasonAtOnceKeepsTheLedgerBalancedAndNeverShowsAPersonId() {
        int future = Year.now().getValue() + 1;
        InputLedger ledger = read(
                "process_id;person_id;stage;age;birth_year",
                "rad;ID-AAAA;invited;30;",
                "okand;ID-BBBB;invited;30;",
                "rad;ID-AAAA;invited;31;",
                "rad;ID-CCCC;invited;-1;",
                "rad;ID-DDDD;invited;130;",
                "rad;ID-EEEE;invited;;" + future,
                "rad;ID-FFFF;bogus;30;",
                "rad;ID-GGGG;invited;30;;ID-GGGG",
                "rad;ID-HHHH;;45;");
        assertBalanced(ledger);
        assertThat(ledger.rowsRead()).isEqualTo(9);
        assertThat(ledger.rowsAccepted()).isEqualTo(2);
        assertThat(ledger.rowsRejected()).isEqualTo(7);
        assertThat(ledger.rejectsByReason())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "unknown_process",
                        1L,
                        "duplicate_person",
                        1L,
                        "age_out_of_range",
                        2L,
                        "birth_year_in_future",
                        1L,
                        "unknown_stage",
                        1L,
                        "wrong_cell_count",
                        1L));
        assertNoPersonIdInRejects(ledger, "ID-AAAA", "ID-BBBB", "ID-CCCC", "ID-DDDD", "ID-EEEE", "ID-FFFF", "ID-GGGG");
        assertThat(accepted).hasSize(2);
    }

    @Test
    void birthYearGivesAgeAsPeriodMinusBirthYear() {
        read("process_id;person_id;födelseår", "rad;a;1990");
        assertThat(accepted).singleElement().satisfies(p -> {
            assertThat(p.ageLow()).isEqualTo(2023 - 1990);
            assertThat(p.ageHigh()).isEqualTo(33);
            assertThat(p.ageBand()).isEqualTo("25-34");
        });
    }

    @Test
    void preferNotToSayInAgeOrBirthYearIsAnUnknownAgeNotAnError() {
        InputLedger ledger = read(
                "process_id;person_id;age;birth_year", "rad;a;vill ej uppge;", "rad;b;;-", "rad;c;Vill ej uppge;1990");
        assertThat(ledger.rowsAccepted()).isEqualTo(3);
        assertThat(accepted.get(0).ageLow()).isNull();
        assertThat(accepted.get(0).ageBand()).isNull();
        assertThat(accepted.get(1).ageLow()).isNull();
        assertThat(accepted.get(2).ageLow()).isEqualTo(33);
    }

    @Test
    void implausibleBirthYearIsOutOfRangeInTheBirthYearColumn() {
        InputLedger ledger = read("process_id;person_id;age;birth_year", "rad;P-SECRET-1;;1850");
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("age_out_of_range", 1L));
        assertThat(ledger.rejects().get(0).column()).isEqualTo("birth_year");
    }

    @Test
    void ageAndBirthYearThatDisagreeAreRejected() {
        InputLedger ledger = read("process_id;person_id;age;birth_year", "rad;a;33;1990", "rad;b;50;1990");
        assertThat(ledger.rowsAccepted()).isEqualTo(1);
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("age_birth_year_conflict", 1L));
    }

    @Test
    void ageBandGivesTheBandsRange() {
        read("process_id;person_id;åldersgrupp", "rad;a;25-34", "rad;b;85+", "rad;c;");
        assertThat(accepted.get(0).ageLow()).isEqualTo(25);
        assertThat(accepted.get(0).ageHigh()).isEqualTo(34);
        assertThat(accepted.get(0).ageBand()).isEqualTo("25-34");
        assertThat(accepted.get(1).ageLow()).isEqualTo(85);
        assertThat(accepted.get(1).ageHigh()).isEqualTo(CONFIG.maxPlausibleAge());
        assertThat(accepted.get(2).ageLow()).isNull();
        assertThat(accepted.get(2).ageBand()).isNull();
    }

    @Test
    void blankStageMeansTheProcesssLastStage() {
        read("process_id;person_id;stage", "rad;a;", "mbb;b;");
        assertThat(accepted).extracting(ParticipantRow::stageIndex).containsExactly(3, 0);
    }

    @Test
    void missingStageColumnMeansTheProcesssLastStage() {
        read("process_id;person_id", "rad;a");
        assertThat(accepted).extracting(ParticipantRow::stageIndex).containsExactly(3);
    }

    @Test
    void stageIsTheIndexIntoTheFunnel() {
        read("process_id;person_id;stage", "rad;a;invited", "rad;b;Responded", "rad;c;selected", "rad;d;attended");
        assertThat(accepted).extracting(ParticipantRow::stageIndex).containsExactly(0, 1, 2, 3);
    }

    @Test
    void preferNotToSayAndBlankGenderAreMissing() {
        read("process_id;person_id;gender", "rad;a;vill ej uppge", "rad;b;", "rad;c;Vill ej uppge", "rad;d;kvinna");
        assertThat(accepted).hasSize(4);
        assertThat(accepted.get(0).categories()).containsEntry("gender", null);
        assertThat(accepted.get(1).categories()).containsEntry("gender", null);
        assertThat(accepted.get(2).categories()).containsEntry("gender", null);
        assertThat(accepted.get(3).categories()).containsEntry("gender", "kvinna");
    }

    @Test
    void genderSynonymsMapToCanonicalCategories() {
        read(
                "process_id;person_id;Kön",
                "rad;a;K",
                "rad;b;Kvinna",
                "rad;c;2",
                "rad;d;M",
                "rad;e;män",
                "rad;f;1",
                "rad;g;icke-binär",
                "rad;h;Icke-binär");
        assertThat(accepted)
                .extracting(p -> p.categories().get("gender"))
                .containsExactly("kvinna", "kvinna", "kvinna", "man", "man", "man", "annat", "annat");
    }

    @Test
    void unlistedCategoryStaysAsWritten() {
        read("process_id;person_id;education", "rad;a;  Forskarutbildning ");
        assertThat(accepted.get(0).categories()).containsEntry("education", "Forskarutbildning");
    }

    @Test
    void fileDimensionColumnsAreReported() {
        ParticipantsReader reader = new ParticipantsReader(CONFIG, processes);
        reader.read(TestFiles.utf8(dir, "p.csv", "process_id;person_id;kön;utbildning", "rad;a;k;2"), accepted::add);
        assertThat(reader.dimensionColumns()).containsExactlyInAnyOrder("gender", "education");
        assertThat(accepted.get(0).categories()).containsOnlyKeys("gender", "education");
        assertThat(accepted.get(0).categories()).containsEntry("education", "gymnasial");
    }

    @Test
    void decimalCommaWeightIsRead() {
        read("process_id;person_id;vikt", "rad;a;1,5", "rad;b;");
        assertThat(accepted).extracting(ParticipantRow::weight).containsExactly(1.5, 1.0);
    }

    @Test
    void nonPositiveWeightIsRejected() {
        InputLedger ledger = read("process_id;person_id;weight", "rad;a;0", "rad;b;-1");
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("bad_weight", 2L));
    }

    @Test
    void residenceAreaCodeIsKept() {
        read("process_id;person_id;område", "rad;a;1480C1010");
        assertThat(accepted.get(0).areaCode()).isEqualTo("1480C1010");
    }

    @Test
    void directIdentifierColumnsAreDroppedAndNeverReachTheRow() {
        InputLedger ledger = read(
                "process_id;person_id;namn;e-post;personnummer;telefon;kön",
                "rad;a;Anna Andersson;anna@example.se;19900101-1234;070-1234567;k");
        assertThat(ledger.droppedColumns()).containsExactly("namn", "e-post", "personnummer", "telefon");
        assertThat(ledger.warnings())
                .singleElement()
                .asString()
                .contains("namn", "e-post", "personnummer", "telefon")
                .doesNotContain("Anna", "anna@example.se", "19900101-1234", "070-1234567");
        assertThat(accepted).singleElement().satisfies(p -> {
            assertThat(p.categories()).containsOnlyKeys("gender");
            assertThat(p.toString()).doesNotContain("Anna", "anna@example.se", "19900101-1234", "070-1234567");
        });
    }

    @Test
    void nonNumericAgeStopsTheRunNamingFileLineAndColumn() {
        Path file = TestFiles.utf8(dir, "participants.csv", "process_id;person_id;age", "rad;a;34", "rad;b;abc");
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, processes).read(file, accepted::add))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.userMessage())
                            .startsWith(file + ":3:3 (column age)")
                            .contains("abc")
                            .doesNotContain("\n", "\r");
                });
    }

    @Test
    void missingPersonIdColumnIsAnError() {
        Path file = TestFiles.utf8(dir, "participants.csv", "process_id;age", "rad;34");
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, processes).read(file, accepted::add))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.userMessage())
                            .contains(file.toString(), "person_id")
                            .doesNotContain("\n");
                });
    }
}
