package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;

class PopulationReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();

    @TempDir
    Path dir;

    private PopulationReader.Result read(String... lines) {
        return PopulationReader.read(TestFiles.utf8(dir, "population.csv", lines), CONFIG);
    }

    @Test
    void dimensionsAreDetectedFromTheColumns() {
        PopulationReader.Result result =
                read("period;area_code;age;gender;education;count", "2023;1480;30;kvinna;gymnasial;100");
        assertThat(result.table().dimensions()).containsExactly("gender", "education");
        assertThat(result.table().hasAge()).isTrue();
        assertThat(result.table().covers(List.of("age", "gender", "education"))).isTrue();
        assertThat(result.table().covers(List.of("origin"))).isFalse();
    }

    @Test
    void swedishHeadersAreAliasesOfTheContractColumns() {
        PopulationReader.Result result = PopulationReader.read(
                TestFiles.windows1252(dir, "befolkning.csv", "År;Område;Ålder;Kön;Antal", "2023;1480;30;kvinnor;100"),
                CONFIG);
        assertThat(result.table().dimensions()).containsExactly("gender");
        assertThat(result.table().rows()).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo(2023);
            assertThat(r.areaCode()).isEqualTo("1480");
            assertThat(r.ageLow()).isEqualTo(30);
            assertThat(r.categories()).containsEntry("gender", "kvinna");
            assertThat(r.count()).isEqualTo(100);
        });
    }

    @Test
    void ageUniverseIsTheRangeOfAgesInTheTable() {
        List<String> lines = new ArrayList<>(List.of("period;area_code;age;education;count"));
        for (int age = 25; age <= 64; age++) {
            lines.add("2023;1480;" + age + ";gymnasial;10");
        }
        PopulationTable table = read(lines.toArray(String[]::new)).table();
        assertThat(table.universeMinAge()).isEqualTo(25);
        assertThat(table.universeMaxAge()).isEqualTo(64);
        assertThat(table.rows()).hasSize(40);
    }

    @Test
    void tableWithoutAgeHasNoAgeUniverse() {
        PopulationTable table =
                read("period;area_code;gender;count", "2023;1480;män;10").table();
        assertThat(table.hasAge()).isFalse();
        assertThat(table.universeMinAge()).isNull();
        assertThat(table.universeMaxAge()).isNull();
        assertThat(table.rows().get(0).ageLow()).isNull();
    }

    @Test
    void scbGenderLabelsMapToCanonicalCategories() {
        PopulationReader.Result result = read(
                "period;area_code;gender;count",
                "2023;1480;män;10",
                "2023;1480;kvinnor;12",
                "2023;1480;1;3",
                "2023;1480;2;4");
        assertThat(result.table().rows())
                .extracting(r -> r.categories().get("gender"))
                .containsExactly("man", "kvinna", "man", "kvinna");
    }

    @Test
    void topAgeWrittenAs100PlusIsReadAs100() {
        PopulationTable table = read(
                        "period;area_code;ålder;count", "2023;1480;99;5", "2023;1480;100+;2", "2023;1480;0 år;7")
                .table();
        assertThat(table.rows()).extracting(PopulationRow::ageLow).containsExactly(99, 100, 0);
        assertThat(table.universeMinAge()).isZero();
        assertThat(table.universeMaxAge()).isEqualTo(100);
    }

    @Test
    void negativeAndFractionalCountsAreRejectedWithReasons() {
        PopulationReader.Result result = read(
                "period;area_code;gender;count",
                "2023;1480;man;10",
                "2023;1480;kvinna;-3",
                "2023;1481;kvinna;2,5",
                "2023;1482;kvinna;4.5");
        InputLedger ledger = result.ledger();
        assertBalanced(ledger, 4, 1);
        assertThat(ledger.rejectsByReason())
                .containsExactlyInAnyOrderEntriesOf(Map.of("negative_count", 1L, "fractional_count", 2L));
        assertThat(ledger.rejects()).extracting(Reject::line).containsExactly(3L, 4L, 5L);
        assertThat(ledger.rejects()).extracting(Reject::column).containsOnly("count");
        assertThat(result.table().rows()).hasSize(1);
    }

    @Test
    void countWithSpaceAsThousandsSeparatorIsRead() {
        PopulationTable table =
                read("period;area_code;count", "2023;1480;12 345").table();
        assertThat(table.rows().get(0).count()).isEqualTo(12345);
    }

    @Test
    void blankRequiredValueIsRejected() {
        InputLedger ledger = read("period;area_code;count", "2023;;10", "2023;1480;", "2023;1480;7")
                .ledger();
        assertThat(ledger.rejectsByReason()).containsExactly(Map.entry("missing_value", 2L));
        assertThat(ledger.rejects()).extracting(Reject::column).containsExactly("area_code", "count");
    }

    @Test
    void tableWithoutUsableRowsStopsTheRunAtItsFirstRejectedRow() {
        Path file = TestFiles.utf8(dir, "population.csv", "period;area_code;count", "2023;1480;-3", "2023;1480;");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .startsWith(file + ":2 (column count)")
                                .contains("no usable population rows: all 2 were rejected")
                                .contains("negative_count"));
        Path headerOnly = TestFiles.utf8(dir, "header.csv", "period;area_code;count");
        assertThatThrownBy(() -> PopulationReader.read(headerOnly, CONFIG))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .startsWith(headerOnly + ":2: ")
                                .contains("header but no rows"));
    }

    @Test
    void nonNumericCountStopsTheRunNamingFileLineAndColumn() {
        Path file = TestFiles.utf8(
                dir, "population.csv", "period;area_code;gender;count", "2023;1480;man;10", "2023;1480;kvinna;många");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toString());
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                    assertThat(e.columnName()).isEqualTo("count");
                    assertThat(e.userMessage())
                            .startsWith(file + ":3:4 (column count)")
                            .contains("många")
                            .doesNotContain("\n", "\r");
                });
    }

    @Test
    void missingCountColumnIsAnErrorOnLineOne() {
        Path file = TestFiles.utf8(dir, "population.csv", "period;area_code;gender", "2023;1480;man");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.columnName()).isEqualTo("count");
                    assertThat(e.userMessage())
                            .contains(file.toString(), "count")
                            .doesNotContain("\n");
                });
    }

    @Test
    void undeclaredDimensionColumnIsAnErrorNamingIt() {
        Path file = TestFiles.utf8(dir, "population.csv", "period;area_code;income_band;count", "2023;1480;low;10");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.columnName()).isEqualTo("income_band");
                    assertThat(e.userMessage()).doesNotContain("\n");
                });
    }

    @Test
    void nonNumericAgeStopsTheRun() {
        Path file = TestFiles.utf8(dir, "population.csv", "period;area_code;age;count", "2023;1480;tjugo;10");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOfSatisfying(InputException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.userMessage()).doesNotContain("\n");
                });
    }

    @Test
    void aCountWithoutAFigureRejectsItsRowWithAReason() {
        PopulationReader.Result result = read(
                "period;area_code;age;gender;count",
                "2023;1480;30;kvinna;100",
                "2023;1480;30;man;..",
                "2023;1480;31;man;.",
                "2023;1480;31;kvinna;90");
        InputLedger ledger = result.ledger();
        assertBalanced(ledger, 4, 2);
        assertThat(ledger.rejects())
                .extracting(Reject::line, Reject::column, Reject::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "count", "count_not_available"),
                        org.assertj.core.groups.Tuple.tuple(4L, "count", "count_not_available"));
        assertThat(ledger.warnings())
                .containsExactly("2 cells have no figure ('..') and are rejected: the areas and"
                        + " groups they belong to count fewer residents than they have");
        assertThat(result.table().rows()).extracting(PopulationRow::count).containsExactly(100L, 90L);
    }

    @Test
    void scbsDashMeansNobody() {
        PopulationReader.Result result =
                read("period;area_code;age;gender;count", "2023;1480;100;man;-", "2023;1480;100;kvinna;–");
        assertThat(result.table().rows()).extracting(PopulationRow::count).containsExactly(0L, 0L);
        assertThat(result.ledger().rowsRejected()).isZero();
    }

    @Test
    void aCellTextSeenBeforeIsJudgedAgainForEveryRowThatRepeatsIt() {
        // the reader remembers each distinct cell text it read without fault; faulty ones are read anew,
        // and a remembered count does not spare its row the other checks
        PopulationReader.Result result = read(
                "period;area_code;age;gender;count",
                "2023;1480;30;kvinna;12",
                "2023;1480;31;kvinna;..",
                "2023;1481;31;kvinna;..",
                "2023;1480;32;man;2,5",
                "2023;1481;32;man;2,5",
                ";1480;33;man;12",
                "2023;;33;man;12",
                "2023;1481;30;kvinna;12",
                "2023;1482;30;kvinnor;-",
                "2023;1483;30;k;-");
        InputLedger ledger = result.ledger();
        assertBalanced(ledger, 10, 4);
        assertThat(ledger.rejects())
                .extracting(Reject::line, Reject::column, Reject::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "count", "count_not_available"),
                        org.assertj.core.groups.Tuple.tuple(4L, "count", "count_not_available"),
                        org.assertj.core.groups.Tuple.tuple(5L, "count", "fractional_count"),
                        org.assertj.core.groups.Tuple.tuple(6L, "count", "fractional_count"),
                        org.assertj.core.groups.Tuple.tuple(7L, "period", "missing_value"),
                        org.assertj.core.groups.Tuple.tuple(8L, "area_code", "missing_value"));
        assertThat(result.table().rows())
                .extracting(
                        PopulationRow::areaCode,
                        PopulationRow::ageLow,
                        r -> r.categories().get("gender"),
                        PopulationRow::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1480", 30, "kvinna", 12L),
                        org.assertj.core.groups.Tuple.tuple("1481", 30, "kvinna", 12L),
                        org.assertj.core.groups.Tuple.tuple("1482", 30, "kvinna", 0L),
                        org.assertj.core.groups.Tuple.tuple("1483", 30, "kvinna", 0L));
    }

    /** Every row read is accepted or rejected: rows_read = rows_accepted + rows_rejected. */
    private static void assertBalanced(InputLedger ledger, long read, long accepted) {
        assertThat(ledger.rowsRead()).isEqualTo(read);
        assertThat(ledger.rowsAccepted()).isEqualTo(accepted);
        assertThat(ledger.rowsRead()).isEqualTo(ledger.rowsAccepted() + ledger.rowsRejected());
    }

    @Test
    void aCountBeyondWhatADoubleHoldsExactlyStopsTheRunAtItsCell() {
        // 2^53 + 1 would be read as 2^53: a silently changed count
        for (String count : List.of("99999999999999999999", "9007199254740993", "9000000000000000000")) {
            assertThatThrownBy(() ->
                            read("period,area_code,gender,count", "2023,1480,män,10", "2023,1480,kvinnor," + count))
                    .isInstanceOf(InputException.class)
                    .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3))
                    .satisfies(e -> assertThat(((InputException) e).column()).isEqualTo(4))
                    .hasMessageContaining("is too large to be a count of residents");
        }
        assertThat(read("period,area_code,gender,count", "2023,1480,män,9007199254740991")
                        .table()
                        .rows()
                        .get(0)
                        .count())
                .isEqualTo(9007199254740991L);
    }

    @Test
    void countsWhoseSumPassesTheLargestLongStopTheRunAtTheRowWhereItDoes() {
        // each count is 2^53 - 1: 1 024 of them sum to 2^63 - 1 024, the 1 025th passes 2^63 - 1
        List<String> lines = new ArrayList<>(List.of("period,area_code,age,count"));
        for (int i = 0; i < 1100; i++) {
            lines.add("2023,1480," + (i % 100) + "," + ((1L << 53) - 1));
        }
        assertThatThrownBy(() -> read(lines.toArray(String[]::new)))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(1026))
                .hasMessageContaining("add up to more than 9223372036854775807");
    }

    @Test
    void aControlCharacterInAPopulationCategoryStopsTheRunNamingItsCode() {
        assertThatThrownBy(() -> read("period,area_code,gender,count", "2023,1480,m\u00e4n\u001b,10"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("gender contains the control character U+001B at position 4");
    }
}
