package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;

class CsvInputTest {
    private static final List<String> KNOWN = List.of(
            "process_id",
            "person_id",
            "stage",
            "age",
            "birth_year",
            "age_band",
            "area_code",
            "weight",
            "gender",
            "education",
            "origin");
    private static final List<String> REQUIRED = List.of("process_id", "person_id");
    private static final ColumnAliases ALIASES = SpegelConfig.defaults().columnAliases();

    @TempDir
    Path dir;

    private record Read(CsvInput input, List<CsvRow> rows, List<String> malformed) {}

    private static Read readAll(Path file) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> malformed = new ArrayList<>();
        try (CsvInput input = CsvInput.open(file, KNOWN, REQUIRED, ALIASES, true)) {
            input.forEach(rows::add, (line, column, reason, detail) -> malformed.add(line + ":" + reason));
            return new Read(input, rows, malformed);
        }
    }

    private static InputException openFails(Path file) {
        return catchThrowableOfType(InputException.class, () -> readAll(file));
    }

    @Test
    void commaDelimiterIsDetected() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id,person_id,age", "p1,a,34"));
        assertThat(read.input().delimiter()).isEqualTo(',');
        assertThat(read.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.integer("age")).isEqualTo(34));
    }

    @Test
    void semicolonDelimiterIsDetected() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id;person_id;age", "p1;a;34"));
        assertThat(read.input().delimiter()).isEqualTo(';');
        assertThat(read.rows().get(0).text("person_id")).isEqualTo("a");
        assertThat(read.rows().get(0).integer("age")).isEqualTo(34);
    }

    @Test
    void tabDelimiterIsDetected() {
        Read read = readAll(TestFiles.utf8(dir, "p.tsv", "process_id\tperson_id\tage", "p1\ta\t34"));
        assertThat(read.input().delimiter()).isEqualTo('\t');
        assertThat(read.rows().get(0).integer("age")).isEqualTo(34);
    }

    @Test
    void semicolonFileWithCommasInsideQuotedHeaderIsStillSemicolon() {
        assertThat(CsvInput.detectDelimiter("\"a,b,c\";x;y")).isEqualTo(';');
        assertThat(CsvInput.detectDelimiter("a,b;c")).isEqualTo(',');
    }

    @Test
    void utf8WithoutBomIsReadAsUtf8() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id;person_id;area_code", "p1;a;Malmö"));
        assertThat(read.input().encoding().charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(read.input().encoding().hasBom()).isFalse();
        assertThat(read.rows().get(0).text("area_code")).isEqualTo("Malmö");
    }

    @Test
    void utf8BomIsSkippedSoTheFirstHeaderIsRecognised() {
        Read read = readAll(TestFiles.utf8WithBom(dir, "p.csv", "process_id;person_id;area_code", "p1;a;Malmö"));
        assertThat(read.input().encoding().hasBom()).isTrue();
        assertThat(read.input().columns()).startsWith("process_id");
        assertThat(read.rows().get(0).text("process_id")).isEqualTo("p1");
        assertThat(read.rows().get(0).text("area_code")).isEqualTo("Malmö");
    }

    @Test
    void windows1252BytesAreReadAsSwedishLetters() {
        byte[] bytes =
                TestFiles.join("process_id;person_id;area_code", "p1;a;Malmö").getBytes(TestFiles.WINDOWS_1252);
        assertThat(bytes).contains((byte) 0xF6); // ö is the single byte 0xF6 in Windows-1252
        Read read = readAll(TestFiles.bytes(dir, "p.csv", bytes));
        assertThat(read.input().encoding().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(read.rows().get(0).text("area_code")).isEqualTo("Malmö");
    }

    @Test
    void windows1252LetterAfterALongAsciiStartIsStillDetected() {
        List<String> lines = new ArrayList<>(List.of("process_id;person_id;area_code"));
        for (int i = 0; i < 5000; i++) {
            lines.add("p1;person" + i + ";Stockholm");
        }
        lines.add("p1;last;Malmö");
        Read read = readAll(TestFiles.windows1252(dir, "p.csv", lines.toArray(String[]::new)));
        assertThat(read.input().encoding().charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(read.rows()).hasSize(5001);
        assertThat(read.rows().get(5000).text("area_code")).isEqualTo("Malmö");
    }

    @Test
    void windows1252SwedishHeadersResolveToCanonicalColumns() {
        Read read = readAll(
                TestFiles.windows1252(dir, "p.csv", "process_id;person_id;Kön;Ålder;Födelseår", "p1;a;Kvinna;34;"));
        assertThat(read.input().columns()).containsExactly("process_id", "person_id", "gender", "age", "birth_year");
        assertThat(read.rows().get(0).text("gender")).isEqualTo("Kvinna");
    }

    @Test
    void headerNamesAreCaseInsensitiveAndSwedishAliasesResolve() {
        Read read = readAll(TestFiles.utf8(
                dir, "p.csv", "PROCESS_ID;Person_Id;Kön;ÅLDER;Födelseår;Vikt;Steg", "p1;a;k;34;1990;1;invited"));
        assertThat(read.input().columns())
                .containsExactly("process_id", "person_id", "gender", "age", "birth_year", "weight", "stage");
        CsvRow row = read.rows().get(0);
        assertThat(row.text("gender")).isEqualTo("k");
        assertThat(row.integer("birth_year")).isEqualTo(1990);
        assertThat(row.position("age")).isEqualTo(4);
    }

    @Test
    void decimalCommaInWeightOfSemicolonFileIsADecimal() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id;person_id;weight", "p1;a;1,5", "p1;b;0.25"));
        assertThat(read.rows().get(0).decimal("weight")).isEqualTo(1.5);
        assertThat(read.rows().get(1).decimal("weight")).isEqualTo(0.25);
    }

    @Test
    void quotedDecimalCommaInCommaFileIsADecimal() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id,person_id,weight", "p1,a,\"1,5\""));
        assertThat(read.rows().get(0).decimal("weight")).isEqualTo(1.5);
    }

    @Test
    void missingRequiredColumnIsAnErrorOnLineOne() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;age", "p1;34");
        InputException e = openFails(file);
        assertThat(e).isNotNull();
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.columnName()).isEqualTo("person_id");
        assertThat(e.userMessage())
                .startsWith(file + ":1")
                .contains("person_id")
                .doesNotContain("\n", "\r");
    }

    @Test
    void duplicateHeaderIsAnErrorNamingTheSecondColumn() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;person_id;age;Ålder", "p1;a;34;34");
        InputException e = openFails(file);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(4);
        assertThat(e.columnName()).isEqualTo("age");
        assertThat(e.userMessage())
                .startsWith(file + ":1:4")
                .contains("duplicate")
                .doesNotContain("\n", "\r");
    }

    @Test
    void emptyFileIsAnErrorAskingForAHeader() {
        Path file = TestFiles.bytes(dir, "p.csv", new byte[0]);
        InputException e = openFails(file);
        assertThat(e.file()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.userMessage()).contains(file.toString()).contains("empty").doesNotContain("\n", "\r");
    }

    @Test
    void fileWithOnlyABomIsEmpty() {
        Path file = TestFiles.bytes(dir, "p.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        assertThat(openFails(file).getMessage()).contains("empty");
    }

    @Test
    void missingFileIsAnInputException() {
        Path file = dir.resolve("nope.csv");
        InputException e = openFails(file);
        assertThat(e.userMessage())
                .contains(file.toString())
                .contains("not found")
                .doesNotContain("\n");
    }

    @Test
    void nonNumericAgeNamesFileLineAndColumn() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;person_id;age", "p1;a;34", "p1;b;abc");
        Read read = readAll(file);
        assertThat(read.rows().get(0).line()).isEqualTo(2);
        CsvRow third = read.rows().get(1);
        assertThat(third.line()).isEqualTo(3);
        assertThatThrownBy(() -> third.integer("age")).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.columnName()).isEqualTo("age");
            assertThat(e.userMessage()).isEqualTo(file + ":3:3 (column age): 'abc' is not a whole number");
        });
    }

    @Test
    void lineNumbersCountQuotedLineBreaksInsideACell() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;person_id;area_code", "p1;a;\"two", "lines\"", "p1;b;x");
        Read read = readAll(file);
        assertThat(read.rows()).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void lineNumbersCountSkippedBlankLines() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;person_id;age", "p1;a;34", "", "p1;b;abc");
        Read read = readAll(file);
        assertThat(read.rows()).extracting(CsvRow::line).containsExactly(2L, 4L);
    }

    @Test
    void rowWithAnExtraCellGoesToTheMalformedCallbackWithItsLine() {
        Read read = readAll(TestFiles.utf8(dir, "p.csv", "process_id;person_id;age", "p1;a;34;extra", "p1;b;35"));
        assertThat(read.malformed()).containsExactly("2:wrong_cell_count");
        assertThat(read.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.line()).isEqualTo(3));
    }

    @Test
    void identifierColumnsAreDroppedAndListed() {
        Read read = readAll(TestFiles.utf8(
                dir,
                "p.csv",
                "process_id;Namn;person_id;E-post;Personnummer;Telefon",
                "p1;Anna Andersson;a;anna@example.se;19900101-1234;070-1234567"));
        assertThat(read.input().droppedIdentifierColumns())
                .containsExactly("Namn", "E-post", "Personnummer", "Telefon");
        assertThat(read.input().columns()).containsExactly("process_id", "person_id");
        CsvRow row = read.rows().get(0);
        assertThat(row.text("person_id")).isEqualTo("a");
        assertThat(row.has("namn")).isFalse();
        assertThat(row.text("namn")).isEmpty();
    }

    @Test
    void headerCellWithoutANameIsAnError() {
        Path file = TestFiles.utf8(dir, "p.csv", "process_id;;person_id", "p1;x;a");
        InputException e = openFails(file);
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
    }
}
