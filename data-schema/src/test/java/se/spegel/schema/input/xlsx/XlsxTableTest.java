package se.spegel.schema.input.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.ProcessesReader;
import se.spegel.schema.input.RowTable;
import se.spegel.schema.input.TableSpec;

class XlsxTableTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    private static final TableSpec SPEC = new TableSpec(
            "participants",
            List.of("process_id", "person_id", "age", "birth_year", "gender", "weight", "start_date"),
            List.of("process_id", "person_id"),
            true);
    private static final Map<String, ProcessRow> PROCESSES = Map.of(
            "rad",
            new ProcessRow(
                    "rad",
                    "Medborgarråd",
                    Method.CITIZENS_ASSEMBLY,
                    "1480",
                    2023,
                    null,
                    null,
                    null,
                    null,
                    List.of("invited", "attended")));

    @TempDir
    Path dir;

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private List<CsvRow> rows(RowTable table) {
        List<CsvRow> rows = new ArrayList<>();
        table.forEach(rows::add, (line, column, reason, detail) -> {
            throw new AssertionError(detail);
        });
        return rows;
    }

    @Test
    void cellsReadAsExcelShowsThemWithExcelRowNumbers() throws IOException {
        Path file = Sheets.write(
                dir.resolve("deltagare.xlsx"),
                List.of(
                        row("Deltagarlista hösten 2023"), // a title above the header
                        Arrays.asList((Object) null),
                        row("Process", "Person", "Ålder", "Födelseår", "Kön", "Vikt", "start_date"),
                        row(
                                "rad",
                                "P-1",
                                34.0,
                                1989,
                                "kvinna",
                                new Sheets.Shown(1.25, "0.0"),
                                LocalDate.of(2023, 3, 1)),
                        row("rad", 1002, new Sheets.Formula("30+4"), null, "Man", 0.1 + 0.2, null)));
        RowTable table = XlsxTable.read(file, SPEC, CONFIG.columnAliases());

        assertThat(table.columns())
                .containsExactly("process_id", "person_id", "age", "birth_year", "gender", "weight", "start_date");
        List<CsvRow> rows = rows(table);
        assertThat(rows).extracting(CsvRow::line).containsExactly(4L, 5L);
        CsvRow first = rows.get(0);
        assertThat(first.text("age")).isEqualTo("34"); // stored as 34.0, shown as 34
        assertThat(first.text("birth_year")).isEqualTo("1989");
        assertThat(first.text("weight")).isEqualTo("1.25"); // the display format "0.0" does not round it
        assertThat(first.text("start_date")).isEqualTo("2023-03-01");
        CsvRow second = rows.get(1);
        assertThat(second.text("person_id")).isEqualTo("1002");
        assertThat(second.text("age")).isEqualTo("34"); // a formula's result
        assertThat(second.text("birth_year")).isEmpty();
        assertThat(second.text("weight")).isEqualTo("0.3"); // 15 significant digits, as Excel shows it
        assertThat(table.description()).isEqualTo("Excel sheet 'Deltagare'");
        assertThat(table.warnings()).containsExactly("row 1 above the header row 3 is not read");
    }

    @Test
    void participantsFromAWorkbookAreTheSameRecordsAsFromCsv() throws IOException {
        Path xlsx = Sheets.write(
                dir.resolve("p.xlsx"),
                List.of(
                        row("process_id", "person_id", "stage", "age", "kön", "vikt"),
                        row("rad", "A", "attended", 34, "2", 1.5),
                        row("rad", "B", "invited", 71, "1", 1),
                        row("rad", "C", null, null, "vill ej uppge", null)));
        Path csv = Files.writeString(
                dir.resolve("p.csv"),
                String.join(
                        "\r\n",
                        "process_id;person_id;stage;age;kön;vikt",
                        "rad;A;attended;34;2;1,5",
                        "rad;B;invited;71;1;1",
                        "rad;C;;;vill ej uppge;",
                        ""));
        assertThat(participants(xlsx)).isEqualTo(participants(csv)).hasSize(3);
    }

    private List<ParticipantRow> participants(Path file) {
        List<ParticipantRow> rows = new ArrayList<>();
        InputLedger ledger = new ParticipantsReader(CONFIG, PROCESSES).read(file, rows::add);
        assertThat(ledger.rowsRejected()).isZero();
        return rows;
    }

    @Test
    void aWrongCellIsNamedTheWayExcelNamesIt() throws IOException {
        Path file = Sheets.write(
                dir.resolve("lista.xlsx"),
                List.of(
                        row("namn", "process_id", "person_id", "age"),
                        row("Anna Andersson", "rad", "A", 34),
                        row("Bo Berg", "rad", "B", "trettio")));
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file + ":D3 (column age): 'trettio' is not a whole number");
    }

    @Test
    void identifierColumnsAreDroppedByHeaderAndByContent() throws IOException {
        Path file = Sheets.write(
                dir.resolve("lista.xlsx"),
                List.of(
                        row("Namn", "process_id", "person_id", "kontakt", "age"),
                        row("Anna Andersson", "rad", "A", "anna@example.se", 34),
                        row("Bo Berg", "rad", "B", "bo@example.se", 40),
                        row("Cia Ek", "rad", "C", "cia@example.se", 50)));
        InputLedger ledger = new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {});
        assertThat(ledger.droppedColumns()).containsExactly("Namn", "kontakt");
        assertThat(ledger.warnings()).anyMatch(w -> w.contains("direct identifiers"));
        assertThat(ledger.rowsAccepted()).isEqualTo(3);
    }

    @Test
    void valuesRightOfTheHeaderAreReportedNotLost() throws IOException {
        Path file = Sheets.write(
                dir.resolve("lista.xlsx"),
                List.of(row("process_id", "person_id"), row("rad", "A", null, "ring tillbaka")));
        InputLedger ledger = new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {});
        assertThat(ledger.warnings())
                .containsExactly("column D right of the header row hold values but have no column name: not read");
    }

    @Test
    void processesCanBeAWorkbookWithDateCells() throws IOException {
        Path file = Sheets.write(
                dir.resolve("processer.xlsx"),
                List.of(
                        row("process_id", "namn", "metod", "område", "år", "startdatum"),
                        row(
                                "rad",
                                "Medborgarråd om parker",
                                "citizens_assembly",
                                "1480",
                                2023,
                                LocalDate.of(2023, 9, 30))));
        ProcessRow process = ProcessesReader.read(file, CONFIG).processes().get("rad");
        assertThat(process.areaCode()).isEqualTo("1480");
        assertThat(process.period()).isEqualTo(2023);
        assertThat(process.startDate()).isEqualTo("2023-09-30");
    }

    @Test
    void aCsvFileNamedXlsxIsToldApart() throws IOException {
        Path file = Files.writeString(dir.resolve("deltagare.xlsx"), "process_id;person_id\nrad;A\n");
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .hasMessage(
                        "is not an Excel workbook (it is not a zip file; a CSV file named .xlsx? then name it .csv)");
    }

    @Test
    void aZipThatIsNoWorkbookIsToldApart() throws IOException {
        Path file = dir.resolve("arkiv.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hej".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("cannot be read as an Excel workbook (.xlsx): ");
    }

    @Test
    void aWorkbookNamedCsvIsToldApart() throws IOException {
        Path workbook = Sheets.write(dir.resolve("p.xlsx"), List.of(row("process_id", "person_id")));
        Path file = Files.copy(workbook, dir.resolve("deltagare.csv"));
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("is a zip file (an Excel workbook saved with the wrong ending?), not text");
    }

    @Test
    void anEmptySheetSaysSo() throws IOException {
        Path file = Sheets.write(dir.resolve("tom.xlsx"), List.of());
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .hasMessage("the sheet is empty; expected a header row with column names");
    }

    @Test
    void aMissingRequiredColumnIsNamed() throws IOException {
        Path file = Sheets.write(dir.resolve("p.xlsx"), List.of(row("process_id", "ålder"), row("rad", 3)));
        assertThatThrownBy(() -> new ParticipantsReader(CONFIG, PROCESSES).read(file, p -> {}))
                .isInstanceOf(InputException.class)
                .hasMessage("missing required column 'person_id'; the header has: process_id, age");
    }
}
