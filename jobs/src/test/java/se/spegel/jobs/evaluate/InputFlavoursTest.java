package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.AreaRow;
import se.spegel.schema.input.AreasReader;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.PopulationReader;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.ProcessesReader;

/**
 * Every input flavour users bring holds the same table, and every one is read into the same records
 * as the plain CSV: comma-separated UTF-8; Swedish Excel's "CSV UTF-8" (BOM, semicolons, decimal
 * comma); Excel's plain CSV (Windows-1252); an Excel workbook with numeric cells; Parquet with typed
 * columns; SCB's PC-Axis for population; Pabulib for participants.
 */
class InputFlavoursTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    private static final List<String> STAGES = List.of("invited", "responded", "selected", "attended", "");
    private static final List<String> GENDERS = List.of("kvinna", "man", "Kvinnor", "1", "vill ej uppge", "icke-binär");
    private static final List<String> EDUCATION = List.of(
            "förgymnasial", "gymnasial", "eftergymnasial < 3 år", "eftergymnasial utbildning, 3 år eller mer", "");
    private static final List<String> ORIGIN =
            List.of("svensk bakgrund", "född utomlands", "Född i Sverige med två utrikes födda föräldrar");
    private static final List<String> AREAS = List.of("1480R01", "1480R02", "");

    @TempDir
    Path dir;

    private Map<String, ProcessRow> processes;

    @BeforeEach
    void processes() throws IOException {
        processes = ProcessesReader.read(processesTable().csvComma(dir.resolve("processes.csv")), CONFIG)
                .processes();
    }

    /** Participants with Swedish headers and letters, blanks, missing answers, decimal weights. */
    private static Flavours participantsTable() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            boolean byBirthYear = i % 3 == 0;
            rows.add(List.of(
                    "rad",
                    String.format("P%03d", i),
                    STAGES.get(i % STAGES.size()),
                    byBirthYear ? "" : String.valueOf(16 + i * 7 % 70),
                    byBirthYear ? String.valueOf(1940 + i) : "",
                    GENDERS.get(i % GENDERS.size()),
                    EDUCATION.get(i % EDUCATION.size()),
                    ORIGIN.get(i % ORIGIN.size()),
                    AREAS.get(i % AREAS.size()),
                    i % 4 == 0 ? "" : String.valueOf(0.5 + i % 5 * 0.25)));
        }
        return new Flavours(
                List.of(
                        "process_id",
                        "person_id",
                        "steg",
                        "ålder",
                        "födelseår",
                        "kön",
                        "utbildning",
                        "bakgrund",
                        "område",
                        "vikt"),
                rows);
    }

    /** Population by area, single year of age (100+ open-ended) and sex, with SCB's ".." and "-". */
    private static Flavours populationTable() {
        List<List<String>> rows = new ArrayList<>();
        for (String area : List.of("1480R01", "1480R02")) {
            for (int age : List.of(16, 17, 18, 19, 100)) {
                for (String sex : List.of("män", "kvinnor")) {
                    rows.add(List.of(
                            "2023", area, age == 100 ? "100+" : String.valueOf(age), sex, count(area, age, sex)));
                }
            }
        }
        return new Flavours(List.of("år", "område", "ålder", "kön", "antal"), rows);
    }

    private static String count(String area, int age, String sex) {
        if (area.equals("1480R02") && age == 19 && sex.equals("män")) {
            return "..";
        }
        if (age == 100 && sex.equals("män") && area.equals("1480R01")) {
            return "-";
        }
        return String.valueOf(100 + age * 3 + (sex.equals("män") ? 7 : 0) + (area.endsWith("2") ? 40 : 0));
    }

    private static Flavours processesTable() {
        return new Flavours(
                List.of("process_id", "namn", "metod", "område", "år", "lägsta_ålder", "startdatum", "steg"),
                List.of(List.of(
                        "rad",
                        "Medborgarråd om Årstafältet",
                        "citizens_assembly",
                        "1480",
                        "2023",
                        "16",
                        "2023-09-30",
                        "invited>responded>selected>attended")));
    }

    private static Flavours areasTable() {
        return new Flavours(
                List.of("area_code", "parent_code", "level", "name"),
                List.of(
                        List.of("1480", "", "kommun", "Göteborg"),
                        List.of("1480R01", "1480", "regso", "Älvstaden"),
                        List.of("1480R02", "1480", "regso", "Östra Göteborg")));
    }

    private interface Writer {
        Path write(Flavours table, Path file) throws IOException;
    }

    private static final Map<String, Writer> TABLE_FLAVOURS = flavours();

    private static Map<String, Writer> flavours() {
        Map<String, Writer> writers = new LinkedHashMap<>();
        writers.put("excel-utf8.csv", Flavours::csvExcelUtf8);
        writers.put("excel-1252.csv", Flavours::csvWindows1252);
        writers.put("workbook.xlsx", Flavours::xlsx);
        writers.put("typed.parquet", (table, file) -> table.parquet(file));
        return writers;
    }

    @Test
    void participantsAreTheSameRecordsInEveryFlavour() throws IOException {
        Flavours table = participantsTable();
        List<ParticipantRow> expected = participants(table.csvComma(dir.resolve("participants.csv")));
        assertThat(expected).hasSize(60);
        assertThat(expected).extracting(ParticipantRow::weight).contains(0.75, 1.25, 1.5);
        for (Map.Entry<String, Writer> flavour : TABLE_FLAVOURS.entrySet()) {
            Path file = flavour.getValue().write(table, dir.resolve("participants-" + flavour.getKey()));
            assertThat(participants(file)).as(flavour.getKey()).isEqualTo(expected);
        }
    }

    @Test
    void populationIsTheSameRecordsInEveryFlavourIncludingScbPcAxis() throws IOException {
        Flavours table = populationTable();
        PopulationReader.Result csv = population(table.csvComma(dir.resolve("population.csv")));
        List<PopulationRow> expected = csv.table().rows();
        assertThat(expected).hasSize(19); // 20 cells, one without a figure
        assertThat(csv.ledger().rejectsByReason()).containsExactly(Map.entry("count_not_available", 1L));
        Map<String, Writer> flavours = new LinkedHashMap<>(TABLE_FLAVOURS);
        flavours.put(
                "scb.px",
                (t, file) -> PxWriter.write(
                        file,
                        twoAreas(),
                        List.of(16, 17, 18, 19, 100),
                        List.of("män", "kvinnor"),
                        List.of(2023),
                        (area, age, sex, year) -> count(area, age, sex)));
        for (Map.Entry<String, Writer> flavour : flavours.entrySet()) {
            Path file = flavour.getValue().write(table, dir.resolve("population-" + flavour.getKey()));
            PopulationReader.Result read = population(file);
            assertThat(read.table().rows()).as(flavour.getKey()).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(read.table().universeMaxAge()).as(flavour.getKey()).isEqualTo(100);
            assertThat(read.ledger().rowsRead())
                    .isEqualTo(read.ledger().rowsAccepted() + read.ledger().rowsRejected());
        }
    }

    private static Map<String, String> twoAreas() {
        Map<String, String> areas = new LinkedHashMap<>();
        areas.put("1480R01", "Älvstaden");
        areas.put("1480R02", "Östra Göteborg");
        return areas;
    }

    @Test
    void processesAndAreasAreTheSameRecordsInEveryFlavour() throws IOException {
        Map<String, ProcessRow> expectedProcesses = processes;
        List<AreaRow> expectedAreas = AreasReader.read(areasTable().csvComma(dir.resolve("areas.csv")), CONFIG)
                .areas();
        assertThat(expectedProcesses.get("rad").startDate()).isEqualTo("2023-09-30");
        for (Map.Entry<String, Writer> flavour : TABLE_FLAVOURS.entrySet()) {
            Path processFile = flavour.getValue().write(processesTable(), dir.resolve("processes-" + flavour.getKey()));
            assertThat(ProcessesReader.read(processFile, CONFIG, LoadedInputs::open)
                            .processes())
                    .as(flavour.getKey())
                    .isEqualTo(expectedProcesses);
            Path areaFile = flavour.getValue().write(areasTable(), dir.resolve("areas-" + flavour.getKey()));
            assertThat(AreasReader.read(areaFile, CONFIG, LoadedInputs::open).areas())
                    .as(flavour.getKey())
                    .isEqualTo(expectedAreas);
        }
    }

    @Test
    void pabulibVotersAreTheSameParticipantsAsTheirCsv() throws IOException {
        Path pb = Files.writeString(
                dir.resolve("budget.pb"),
                String.join(
                        "\n",
                        "META",
                        "key;value",
                        "budget;1000",
                        "vote_type;approval",
                        "rule;greedy",
                        "PROJECTS",
                        "project_id;cost",
                        "1;600",
                        "2;500",
                        "VOTES",
                        "voter_id;vote;age;sex;neighborhood",
                        "v1;1,2;34;K;Älvstaden",
                        "v2;1;71;M;Östra Göteborg",
                        "v3;2;;;",
                        "v4;2;19;K;Okänd stadsdel",
                        ""));
        Path csv = Files.writeString(
                dir.resolve("budget.csv"),
                String.join(
                        "\n",
                        "process_id,person_id,age,gender,area_code",
                        "budget,v1,34,K,1480R01",
                        "budget,v2,71,M,1480R02",
                        "budget,v3,,,",
                        "budget,v4,19,K,",
                        ""));
        Path processFile = Files.writeString(
                dir.resolve("budget-processes.csv"),
                "process_id,name,method,area_code,period\nbudget,Medborgarbudget,participatory_budget,1480,2023\n");
        Path population = populationTable().csvComma(dir.resolve("population.csv"));
        Path areas = areasTable().csvComma(dir.resolve("areas.csv"));
        List<ParticipantRow> fromPb = LoadedInputs.read(
                        new EvaluationInputs(processFile, pb, List.of(population), Optional.of(areas)), CONFIG)
                .participants();
        List<ParticipantRow> fromCsv = LoadedInputs.read(
                        new EvaluationInputs(processFile, csv, List.of(population), Optional.of(areas)), CONFIG)
                .participants();
        assertThat(fromPb).hasSize(4).isEqualTo(fromCsv);
    }

    private List<ParticipantRow> participants(Path file) {
        List<ParticipantRow> rows = new ArrayList<>();
        new ParticipantsReader(CONFIG, processes).read(file, LoadedInputs::open, rows::add);
        return rows;
    }

    private static PopulationReader.Result population(Path file) {
        return PopulationReader.read(file, CONFIG, LoadedInputs::open);
    }
}
