package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

class ProcessesReaderTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();

    @TempDir
    Path dir;

    private ProcessesReader.Result read(String... lines) {
        return ProcessesReader.read(TestFiles.utf8(dir, "processes.csv", lines), CONFIG);
    }

    private void assertFails(Consumer<InputException> check, String... lines) {
        Path file = TestFiles.utf8(dir, "processes.csv", lines);
        assertThatThrownBy(() -> ProcessesReader.read(file, CONFIG)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.userMessage()).startsWith(file.toString()).doesNotContain("\n", "\r");
            check.accept(e);
        });
    }

    @Test
    void processIsReadWithAllItsColumns() {
        ProcessesReader.Result result = read(
                "process_id;name;method;area_code;period;min_age;max_age;start_date;end_date",
                "mbb;Medborgarbudget Öster;participatory_budget;1480;2023;16;;2023-03-01;2023-05-31");
        ProcessRow process = result.processes().get("mbb");
        assertThat(process.name()).isEqualTo("Medborgarbudget Öster");
        assertThat(process.method()).isEqualTo(Method.PARTICIPATORY_BUDGET);
        assertThat(process.areaCode()).isEqualTo("1480");
        assertThat(process.period()).isEqualTo(2023);
        assertThat(process.minAge()).isEqualTo(16);
        assertThat(process.maxAge()).isNull();
        assertThat(process.startDate()).isEqualTo("2023-03-01");
        assertThat(process.stages()).containsExactly("voted");
        assertThat(result.ledger().rowsAccepted()).isEqualTo(1);
    }

    @Test
    void swedishHeadersAreAliases() {
        ProcessesReader.Result result =
                read("Process;Namn;Metod;Område;År;Steg", "rad;Klimatrådet;citizens assembly;1480;2023;");
        assertThat(result.processes().get("rad").method()).isEqualTo(Method.CITIZENS_ASSEMBLY);
        assertThat(result.processes().get("rad").name()).isEqualTo("Klimatrådet");
    }

    @Test
    void defaultStagesComeFromConfPerMethod() {
        ProcessesReader.Result result = read(
                "process_id;name;method;area_code;period",
                "rad;Råd;citizens_assembly;1480;2023",
                "mote;Möte;open_meeting;1480;2023",
                "panel;Panel;citizens_panel;1480;2023");
        assertThat(result.processes().get("rad").stages())
                .containsExactly("invited", "responded", "selected", "attended");
        assertThat(result.processes().get("mote").stages()).containsExactly("attended");
        assertThat(result.processes().get("panel").stages()).containsExactly("invited", "responded");
        assertThat(result.processes().keySet()).containsExactly("rad", "mote", "panel");
    }

    @Test
    void explicitStagesAreSplitOnGreaterThan() {
        ProcessesReader.Result result = read(
                "process_id;name;method;area_code;period;stages",
                "x;X;other;1480;2023;a>b>c",
                "y;Y;other;1480;2023; Invited > Attended ");
        assertThat(result.processes().get("x").stages()).containsExactly("a", "b", "c");
        assertThat(result.processes().get("x").lastStageIndex()).isEqualTo(2);
        assertThat(result.processes().get("y").stages()).containsExactly("invited", "attended");
    }

    @Test
    void repeatedOrEmptyStageIsAnError() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(6);
                    assertThat(e.columnName()).isEqualTo("stages");
                },
                "process_id;name;method;area_code;period;stages",
                "x;X;other;1480;2023;a>>b");
    }

    @Test
    void unknownMethodIsAnErrorNamingTheMethodColumn() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.column()).isEqualTo(3);
                    assertThat(e.columnName()).isEqualTo("method");
                    assertThat(e.userMessage()).contains("(column method)", "workshop", "citizens_assembly");
                },
                "process_id;name;method;area_code;period",
                "x;X;workshop;1480;2023");
    }

    @Test
    void missingRequiredColumnIsAnErrorOnLineOne() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.columnName()).isEqualTo("period");
                },
                "process_id;name;method;area_code",
                "x;X;other;1480");
    }

    @Test
    void nonNumericPeriodIsAnErrorAtItsCell() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(5);
                    assertThat(e.columnName()).isEqualTo("period");
                },
                "process_id;name;method;area_code;period",
                "x;X;other;1480;2023",
                "y;Y;other;1480;tjugotjugotre");
    }

    @Test
    void blankRequiredCellIsAnError() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.columnName()).isEqualTo("name");
                },
                "process_id;name;method;area_code;period",
                "x;;other;1480;2023");
    }

    @Test
    void duplicateProcessIsAnError() {
        assertFails(
                e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.columnName()).isEqualTo("process_id");
                },
                "process_id;name;method;area_code;period",
                "x;X;other;1480;2023",
                "x;X2;other;1480;2023");
    }

    @Test
    void minAgeAboveMaxAgeIsAnError() {
        assertFails(
                e -> assertThat(e.columnName()).isEqualTo("max_age"),
                "process_id;name;method;area_code;period;min_age;max_age",
                "x;X;other;1480;2023;30;20");
    }

    @Test
    void rowWithWrongCellCountStopsTheRunWithItsLine() {
        assertFails(
                e -> assertThat(e.line()).isEqualTo(2),
                "process_id;name;method;area_code;period",
                "x;X;other;1480;2023;extra");
    }

    @Test
    void headerWithoutRowsIsAnError() {
        assertFails(
                e -> assertThat(e.getMessage()).contains("no processes"), "process_id;name;method;area_code;period");
    }
}
