package se.spegel.schema.input.px;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.PopulationReader;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.Reject;

class PxPopulationTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    /** SCB's BE0101N1 as PxWeb saves it: CHARSET="ANSI", CODEPAGE="iso-8859-1", Windows-1252 bytes. */
    private static final String SCB_TABLE = "folkmangd_region_alder_kon.px";

    @TempDir
    Path dir;

    private Path fixture() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SCB_TABLE)) {
            Path file = dir.resolve(SCB_TABLE);
            Files.copy(in, file);
            return file;
        }
    }

    private static PopulationRow row(int period, String area, int age, String gender, long count) {
        return new PopulationRow(period, area, age, age, Map.of("gender", gender), count);
    }

    @Test
    void anScbTableBecomesLongFormRowsWithCodesForAreasAndYears() throws IOException {
        PopulationReader.Result result = PopulationReader.read(fixture(), CONFIG);

        // STUB region × ålder, HEADING tabellinnehåll × kön × år: each data line is män 2022, män 2023,
        // kvinnor 2022, kvinnor 2023 of one region and age
        assertThat(result.table().rows())
                .startsWith(
                        row(2022, "1480", 0, "man", 3521),
                        row(2023, "1480", 0, "man", 3490),
                        row(2022, "1480", 0, "kvinna", 3350),
                        row(2023, "1480", 0, "kvinna", 3302),
                        row(2022, "1480", 1, "man", 3602));
        assertThat(result.table().rows())
                .contains(
                        row(2022, "1480", 100, "man", 0), // "-": nothing to report
                        row(2023, "1481", 100, "kvinna", 7));
        assertThat(result.table().rows()).hasSize(31);
        assertThat(result.table().dimensions()).containsExactly("gender");
        assertThat(result.table().universeMinAge()).isZero();
        assertThat(result.table().universeMaxAge()).isEqualTo(100);
    }

    @Test
    void totalsAndCellsWithoutAFigureAreRejectedWithTheirLine() throws IOException {
        InputLedger ledger = PopulationReader.read(fixture(), CONFIG).ledger();

        assertThat(ledger.rowsRead()).isEqualTo(40); // 2 regions × 5 ages × 2 sexes × 2 years
        assertThat(ledger.rowsAccepted()).isEqualTo(31);
        assertThat(ledger.rowsRead()).isEqualTo(ledger.rowsAccepted() + ledger.rowsRejected());
        assertThat(ledger.rejectsByReason())
                .containsExactly(Map.entry("count_not_available", 1L), Map.entry("total_cell", 8L));
        Reject noFigure = ledger.rejects().stream()
                .filter(r -> r.reason().equals("count_not_available"))
                .findFirst()
                .orElseThrow();
        assertThat(noFigure.line()).isEqualTo(44);
        assertThat(noFigure.column()).isEqualTo("count");
        assertThat(ledger.rejects())
                .filteredOn(r -> r.reason().equals("total_cell"))
                .extracting(Reject::line)
                .containsOnly(46L, 51L);
        assertThat(ledger.rejects())
                .filteredOn(r -> r.reason().equals("total_cell"))
                .first()
                .extracting(Reject::detail)
                .isEqualTo("'totalt ålder' is a total over ålder: Spegel sums the cells itself");
        assertThat(ledger.warnings()).hasSize(2);
        assertThat(ledger.readAs()).isEqualTo("PC-Axis windows-1252 (CODEPAGE iso-8859-1)");
    }

    @Test
    void thePxTableHoldsTheSameRowsAsTheCsvAnAnalystWouldWrite() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFFår;region;ålder;kön;antal\r\n");
        int[][] goteborg = {{3521, 3490, 3350, 3302}, {3602, 3555, 3410, 3388}, {3688, 3617, 3501, -1}, {0, 14, 58, 61}
        };
        int[][] molndal = {{412, 398, 391, 380}, {430, 421, 404, 399}, {441, 433, 420, 418}, {1, 2, 6, 7}};
        String[] ages = {"0", "1", "2", "100+"};
        String[] sexes = {"män", "män", "kvinnor", "kvinnor"};
        String[] years = {"2022", "2023", "2022", "2023"};
        for (String area : List.of("1480", "1481")) {
            int[][] counts = area.equals("1480") ? goteborg : molndal;
            for (int a = 0; a < ages.length; a++) {
                for (int c = 0; c < 4; c++) {
                    String count = counts[a][c] < 0 ? ".." : String.valueOf(counts[a][c]);
                    csv.append(String.join(";", years[c], area, ages[a], sexes[c], count))
                            .append("\r\n");
                }
            }
        }
        Path file = Files.write(dir.resolve("folkmangd.csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
        // the CSV's header says "region", which only a PX file reads as area_code: name it as the contract does
        Path renamed = Files.writeString(file, Files.readString(file).replace("region", "area_code"));

        assertThat(PopulationReader.read(fixture(), CONFIG).table().rows())
                .isEqualTo(PopulationReader.read(renamed, CONFIG).table().rows());
    }

    @Test
    void aUtf8TableWithAgeBandsAndTextValuesReadsTheTexts() throws IOException {
        Path file = write(
                "utbildning.px",
                StandardCharsets.UTF_8,
                "CHARSET=\"ANSI\";",
                "AXIS-VERSION=\"2013\";",
                "CODEPAGE=\"utf-8\";",
                "LANGUAGE=\"sv\";",
                "STUB=\"region\",\"utbildningsnivå\";",
                "HEADING=\"ålder\",\"år\";",
                "VALUES(\"region\")=\"1480 Göteborg\";",
                "VALUES(\"utbildningsnivå\")=\"förgymnasial utbildning\",\"eftergymnasial utbildning, 3 år eller mer\",",
                "\"totalt\";",
                "VALUES(\"ålder\")=\"25-34 år\",\"35-44 år\";",
                "VALUES(\"år\")=\"2023\";",
                "CODES(\"region\")=\"1480\";",
                "TIMEVAL(\"år\")=TLIST(A1),\"2023\";",
                "DATA=",
                "100 200",
                "300 400",
                "400 600;");
        PopulationReader.Result result = PopulationReader.read(file, CONFIG);

        assertThat(result.table().dimensions()).containsExactly("education");
        assertThat(result.table().ageBands().codes()).containsExactly("25-34", "35-44");
        assertThat(result.table().rows())
                .containsExactly(
                        new PopulationRow(2023, "1480", 25, 34, Map.of("education", "forgymnasial"), 100),
                        new PopulationRow(2023, "1480", 35, 44, Map.of("education", "forgymnasial"), 200),
                        new PopulationRow(2023, "1480", 25, 34, Map.of("education", "eftergymnasial_lang"), 300),
                        new PopulationRow(2023, "1480", 35, 44, Map.of("education", "eftergymnasial_lang"), 400));
        assertThat(result.ledger().rejectsByReason()).containsExactly(Map.entry("total_cell", 2L));
        assertThat(result.ledger().readAs()).isEqualTo("PC-Axis UTF-8 (CODEPAGE utf-8)");
    }

    @Test
    void severalContentsAreAMistakeSaidInOneLine() throws IOException {
        Path file = write(
                "two.px",
                StandardCharsets.UTF_8,
                "STUB=\"region\";",
                "HEADING=\"tabellinnehåll\",\"år\";",
                "CONTVARIABLE=\"tabellinnehåll\";",
                "VALUES(\"region\")=\"1480\";",
                "VALUES(\"tabellinnehåll\")=\"Folkmängd\",\"Folkökning\";",
                "VALUES(\"år\")=\"2023\";",
                "DATA=",
                "1 2;");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file + ":5: the table holds 2 contents (Folkmängd, Folkökning); download it with only the"
                        + " population count (e.g. Folkmängd)");
    }

    @Test
    void anUnknownVariableIsNamed() throws IOException {
        Path file = write(
                "civil.px",
                StandardCharsets.UTF_8,
                "STUB=\"region\",\"civilstånd\";",
                "HEADING=\"år\";",
                "VALUES(\"region\")=\"1480\";",
                "VALUES(\"civilstånd\")=\"ogifta\",\"gifta\";",
                "VALUES(\"år\")=\"2023\";",
                "DATA=",
                "1",
                "2;");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(
                        "variable 'civilstånd' is neither a population column nor a dimension declared" + " in conf");
    }

    @Test
    void anUnknownVariableWithOneValueIsATableFilterNotAColumn() throws IOException {
        Path file = write(
                "gifta.px",
                StandardCharsets.UTF_8,
                "STUB=\"region\",\"civilstånd\";",
                "HEADING=\"år\";",
                "VALUES(\"region\")=\"1480\";",
                "VALUES(\"civilstånd\")=\"gifta\";",
                "VALUES(\"år\")=\"2023\";",
                "DATA=",
                "7;");
        PopulationReader.Result result = PopulationReader.read(file, CONFIG);
        assertThat(result.table().rows()).containsExactly(new PopulationRow(2023, "1480", null, null, Map.of(), 7));
        assertThat(result.ledger().warnings())
                .containsExactly("variable 'civilstånd' has the one value 'gifta' and is"
                        + " not a column Spegel knows: the table covers only that");
    }

    @Test
    void tooFewOrTooManyDataValuesAreMistakes() throws IOException {
        String[] header = {
            "STUB=\"region\";",
            "HEADING=\"år\";",
            "VALUES(\"region\")=\"1480\",\"1481\";",
            "VALUES(\"år\")=\"2022\",\"2023\";",
            "DATA="
        };
        Path few = write("few.px", StandardCharsets.UTF_8, concat(header, "1 2 3;"));
        assertThatThrownBy(() -> PopulationReader.read(few, CONFIG))
                .isInstanceOf(InputException.class)
                .hasMessage("DATA ends after 3 values, but the variables (region 2, år 2) make 4 cells");
        Path many = write("many.px", StandardCharsets.UTF_8, concat(header, "1 2 3 4", "5;"));
        assertThatThrownBy(() -> PopulationReader.read(many, CONFIG))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(many + ":7: DATA has more than the 4 values the variables (region 2, år 2) make");
    }

    @Test
    void sparseKeysFilesAreNamedAsUnsupported() throws IOException {
        Path file = write(
                "keys.px",
                StandardCharsets.UTF_8,
                "STUB=\"region\";",
                "HEADING=\"år\";",
                "VALUES(\"region\")=\"1480\";",
                "VALUES(\"år\")=\"2023\";",
                "KEYS(\"region\")=CODES;",
                "DATA=",
                "\"1480\",7;");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("KEYS (sparse data) cannot be read");
    }

    @Test
    void aFileThatIsNotPcAxisSaysWhereItWentWrong() throws IOException {
        Path file = write("not.px", StandardCharsets.UTF_8, "period,area_code,count", "2023,1480,7");
        assertThatThrownBy(() -> PopulationReader.read(file, CONFIG))
                .isInstanceOf(InputException.class)
                .hasMessage("'period,area_code,count' is not a PC-Axis keyword such as VALUES(\"ålder\")=...; is this a"
                        + " .px file?");
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private Path write(String name, java.nio.charset.Charset charset, String... lines) throws IOException {
        return Files.write(dir.resolve(name), (String.join("\r\n", lines) + "\r\n").getBytes(charset));
    }
}
