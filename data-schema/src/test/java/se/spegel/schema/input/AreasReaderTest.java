package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;

class AreasReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();

    @TempDir
    Path dir;

    @Test
    void hierarchyIsReadWithWindows1252Names() {
        Path file = TestFiles.windows1252(
                dir,
                "areas.csv",
                "area_code;Överordnad;Nivå;Namn",
                "00;;riket;Sverige",
                "14;00;län;Västra Götalands län",
                "1480;14;kommun;Göteborg");
        AreasReader.Result result = AreasReader.read(file, CONFIG);
        assertThat(result.areas())
                .containsExactly(
                        new AreaRow("00", null, "riket", "Sverige"),
                        new AreaRow("14", "00", "län", "Västra Götalands län"),
                        new AreaRow("1480", "14", "kommun", "Göteborg"));
        assertThat(result.ledger().rowsAccepted()).isEqualTo(3);
    }

    @Test
    void blankAreaCodeIsRejectedAndRepeatedAreaIsAnError() {
        AreasReader.Result result =
                AreasReader.read(TestFiles.utf8(dir, "a.csv", "area_code,parent_code", ",00", "14,00"), CONFIG);
        assertThat(result.ledger().rejectsByReason()).containsExactly(Map.entry("missing_area_code", 1L));
        assertThat(result.ledger().rowsRead()).isEqualTo(2);

        Path twice = TestFiles.utf8(dir, "b.csv", "area_code,parent_code", "14,00", "14,00");
        assertThatThrownBy(() -> AreasReader.read(twice, CONFIG))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage()).startsWith(twice + ":3:1 (column area_code)"));
    }

    @Test
    void cycleOfParentsStopsTheRunAtTheFirstRowOnIt() {
        Path file = TestFiles.utf8(dir, "a.csv", "area_code,parent_code", "00,", "14,1480", "1480,14");
        assertThatThrownBy(() -> AreasReader.read(file, CONFIG))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(file + ":3:2 (column parent_code): "
                                        + "the area hierarchy has a cycle: 14 → 1480 → 14"));
    }

    @Test
    void parentMissingFromTheFileIsAWarningAndTheChildBecomesTopLevel() {
        AreasReader.Result result = AreasReader.read(
                TestFiles.utf8(dir, "a.csv", "area_code,parent_code", "1480,14", "1480C,1480"), CONFIG);
        assertThat(result.areas()).hasSize(2);
        assertThat(result.ledger().warnings())
                .singleElement()
                .asString()
                .startsWith("parent_code '14' (parent of 1480, line 2) is not in the file");
    }

    @Test
    void fileWithAHeaderButNoAreasIsAnError() {
        Path file = TestFiles.utf8(dir, "a.csv", "area_code,parent_code");
        assertThatThrownBy(() -> AreasReader.read(file, CONFIG))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .startsWith(file + ":2: the areas file has a header but no rows"));
    }
}
