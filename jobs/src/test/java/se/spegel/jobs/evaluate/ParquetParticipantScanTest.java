package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;

/**
 * Participants in Parquet judged by Spark executors end exactly as the driver-side reader
 * ends them: the same rejects with the same row numbers and reasons, the same counts, the
 * first row of a repeated person kept and the later ones rejected, across part files.
 */
class ParquetParticipantScanTest {
    private static final String CENTRE = "oppet-mote-centrum";
    private static final String BUDGET = "medborgarbudget-2025";

    @TempDir
    Path dir;

    private final StructType schema = new StructType()
            .add("process_id", DataTypes.StringType)
            .add("person_id", DataTypes.StringType)
            .add("stage", DataTypes.StringType)
            .add("age", DataTypes.StringType)
            .add("gender", DataTypes.StringType)
            .add("area_code", DataTypes.StringType)
            .add("weight", DataTypes.DoubleType);

    private static Row row(String process, String person, String stage, String age, String gender, Double weight) {
        return RowFactory.create(process, person, stage, age, gender, "9901R001", weight);
    }

    private List<Row> rowsWithEveryKindOfReject() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row(
                    i % 2 == 0 ? CENTRE : BUDGET,
                    "p" + i,
                    "",
                    String.valueOf(16 + i),
                    i % 3 == 0 ? "man" : "Kvinna",
                    i % 5 == 0 ? 1.5 : null));
        }
        rows.add(row("no-such-process", "x1", "", "30", "man", null)); // unknown_process
        rows.add(row(CENTRE, "", "", "30", "man", null)); // missing_person_id
        rows.add(row(CENTRE, "p0", "", "31", "man", null)); // duplicate of an accepted row
        rows.add(row(CENTRE, "d1", "nowhere", "40", "man", null)); // unknown_stage ...
        rows.add(row(CENTRE, "d1", "", "40", "man", null)); // ... then its duplicate, valid
        rows.add(row(CENTRE, "d2", "", "200", "man", null)); // age_out_of_range
        rows.add(row(CENTRE, "d2", "", "forty", "man", null)); // wrong type, but a duplicate first
        rows.add(row(BUDGET, "w", "", "50", "man", -1.0)); // bad_weight
        rows.add(row(BUDGET, "p1", "", "22", "kvinna", null)); // duplicate of an accepted row
        // rows alike but for the person: judged once per partition, each still counted and numbered
        for (String person : List.of("same1", "same2", "same3")) {
            rows.add(row(CENTRE, person, "", "33", "man", 1.5));
        }
        rows.add(row(CENTRE, "e1", "nowhere", "41", "man", null)); // unknown_stage ...
        rows.add(row(CENTRE, "e2", "nowhere", "41", "man", null)); // ... twice, on their own lines
        rows.add(row(CENTRE, "same1", "", "33", "man", 1.5)); // duplicate of an accepted row alike others
        return rows;
    }

    private Path writeParts(List<Row> rows, int parts) {
        Path file = dir.resolve("participants-" + parts + ".parquet");
        // contiguous slices in list order, so that the row numbers follow the list
        SharedSpark.get()
                .createDataFrame(
                        JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext())
                                .parallelize(rows, parts),
                        schema)
                .write()
                .parquet(file.toString());
        return file;
    }

    /** The same Parquet file read on the driver (as validate does) and by Spark (as evaluate does). */
    private record BothWays(LoadedInputs onDriver, ComparisonPlan plan, ParticipantMarginals.Result sparkResult) {
        InputLedger sparkLedger() {
            return sparkResult.sparkLedgers().get(0);
        }

        InputLedger driverLedger() {
            return onDriver.ledgers().get(onDriver.ledgers().size() - 1);
        }
    }

    private BothWays readBothWays(Path file) {
        return readBothWays(inputs(file));
    }

    private BothWays readBothWays(EvaluationInputs inputs) {
        EvaluateJob job = new EvaluateJob(SpegelConfig.defaults(), quiet());
        LoadedInputs onDriver = job.validate(inputs);
        LoadedInputs onSpark = job.prepare(inputs);
        ComparisonPlan plan = new ComparisonPlan(
                SpegelConfig.defaults(), onSpark.population(), onSpark.participantDimensions(), true);
        return new BothWays(
                onDriver,
                plan,
                new ParticipantMarginals(SharedSpark.get())
                        .compute(onSpark, plan.dimensions(), ParticipantCategoriser.DEFAULT_KEY_SALT));
    }

    @Test
    void sparkJudgesEveryRowAsTheDriverSideReaderDoes() {
        BothWays read = readBothWays(writeParts(rowsWithEveryKindOfReject(), 3));
        LoadedInputs onDriver = read.onDriver();
        ComparisonPlan plan = read.plan();
        ParticipantMarginals.Result sparkResult = read.sparkResult();
        InputLedger sparkLedger = read.sparkLedger();
        InputLedger driverLedger = read.driverLedger();

        assertThat(sparkLedger.rowsRead()).isEqualTo(55);
        assertThat(sparkLedger.rejects()).isEqualTo(driverLedger.rejects());
        assertThat(sparkLedger.rowsAccepted())
                .isEqualTo(driverLedger.rowsAccepted())
                .isEqualTo(43);
        assertThat(sparkLedger.rejectsByReason())
                .containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                        "unknown_process",
                        1L,
                        "missing_person_id",
                        1L,
                        "duplicate_person",
                        5L,
                        "unknown_stage",
                        3L,
                        "age_out_of_range",
                        1L,
                        "bad_weight",
                        1L));

        ParticipantCategoriser categoriser =
                new ParticipantCategoriser(onDriver.processes(), plan.dimensions(), onDriver.areas());
        MarginalCounts driverCounts = categoriser.newCounts();
        onDriver.participants().forEach(p -> categoriser.count(p, driverCounts, 1));
        assertThat(sorted(sparkResult.marginals())).isEqualTo(sorted(CumulativeStages.of(driverCounts)));
    }

    /**
     * Thousands of untidy rows (more than a column batch per part, duplicates also by white space
     * around the person_id, ideographic and em spaces among it, a no-break space that is not white
     * space to Java's strip, person_ids beyond ASCII, every kind of
     * reject, ages by number, birth year or band, answers in several spellings or missing,
     * residences inside, outside and unknown, processes with other eligible ages and a district
     * as target): the coded path on Spark ends exactly as the driver-side reader and the
     * categoriser row by row, with dictionary-encoded pages and with plain ones (both page formats).
     */
    @Test
    void codedCountsAgreeWithTheRowPathOnUntidyRows() throws java.io.IOException {
        Path processes = dir.resolve("processes.csv");
        java.nio.file.Files.writeString(
                processes,
                String.join(
                        "\n",
                        "process_id,name,method,area_code,period,min_age,max_age,start_date,end_date,stages",
                        "alla,Alla,open_meeting,9901,2024,,,2025-01-01,2025-01-01,",
                        "unga,Unga,participatory_budget,9901,2024,13,25,2025-01-01,2025-02-01,",
                        "centrum,Centrum,open_meeting,9901R001,2023,16,,2025-01-01,2025-01-01,",
                        "rad,Råd,citizens_assembly,9901,2024,16,80,2025-01-01,2025-03-01,invited>responded>selected>attended",
                        ""));
        List<Row> rows = untidyRows(new java.util.Random(7), 11_000);
        // dictionary pages, plain pages, a dictionary that overflows into plain pages midway, and
        // the same in Parquet's second page format (other encodings, levels outside the data)
        List<java.util.Map<String, String>> writers = List.of(
                java.util.Map.of("parquet.enable.dictionary", "true"),
                java.util.Map.of("parquet.enable.dictionary", "false"),
                java.util.Map.of("parquet.enable.dictionary", "true", "parquet.dictionary.page.size", "2048"),
                java.util.Map.of("parquet.enable.dictionary", "false", "parquet.writer.version", "v2"),
                java.util.Map.of(
                        "parquet.enable.dictionary",
                        "true",
                        "parquet.dictionary.page.size",
                        "2048",
                        "parquet.writer.version",
                        "v2"));
        for (java.util.Map<String, String> writer : writers) {
            Path file = dir.resolve("untidy-" + writers.indexOf(writer) + ".parquet");
            SharedSpark.get()
                    .createDataFrame(
                            JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext())
                                    .parallelize(rows, 2),
                            UNTIDY)
                    .write()
                    .options(writer)
                    .parquet(file.toString());
            BothWays read = readBothWays(inputs(processes, file));

            assertThat(read.sparkLedger().rowsRead()).isEqualTo(rows.size());
            assertThat(read.sparkLedger().rejects())
                    .isEqualTo(read.driverLedger().rejects());
            assertThat(read.sparkLedger().rejectsByReason())
                    .containsKeys(
                            "unknown_process",
                            "missing_person_id",
                            "duplicate_person",
                            "unknown_stage",
                            "age_out_of_range",
                            "bad_weight",
                            "unknown_age_band");
            assertThat(read.sparkLedger().warnings())
                    .isEqualTo(read.driverLedger().warnings());
            ParticipantCategoriser categoriser = new ParticipantCategoriser(
                    read.onDriver().processes(),
                    read.plan().dimensions(),
                    read.onDriver().areas());
            MarginalCounts driverCounts = categoriser.newCounts();
            read.onDriver().participants().forEach(p -> categoriser.count(p, driverCounts, 1));
            assertThat(sorted(read.sparkResult().marginals())).isEqualTo(sorted(CumulativeStages.of(driverCounts)));
        }
    }

    private static final StructType UNTIDY = new StructType()
            .add("process_id", DataTypes.StringType)
            .add("person_id", DataTypes.StringType)
            .add("stage", DataTypes.StringType)
            .add("age", DataTypes.StringType)
            .add("birth_year", DataTypes.StringType)
            .add("age_band", DataTypes.StringType)
            .add("gender", DataTypes.StringType)
            .add("education", DataTypes.StringType)
            .add("origin", DataTypes.StringType)
            .add("area_code", DataTypes.StringType)
            .add("weight", DataTypes.StringType);

    private static List<Row> untidyRows(java.util.Random random, int count) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String process = pick(random, "alla", "alla", "unga", "centrum", "rad", "rad", " rad ", "okänd", "");
            int number = random.nextInt(count);
            String person = random.nextInt(400) == 0
                    ? pick(random, "", " ")
                    : pick(
                            random,
                            "p" + number,
                            "p" + number,
                            " p" + number + "\t",
                            "pé" + number,
                            "\u3000p" + number + "\u2003",
                            "p" + number + "\u00a0");
            String stage = pick(random, "", "", "attended", "Invited", "responded", "selected", "nowhere");
            boolean byAge = random.nextInt(10) < 8;
            String age = byAge
                    ? pick(
                            random,
                            String.valueOf(random.nextInt(131)),
                            String.valueOf(random.nextInt(90)),
                            " 34 ",
                            "",
                            "vill ej uppge")
                    : "";
            String birthYear = byAge
                    ? (random.nextInt(20) == 0 ? String.valueOf(1930 + random.nextInt(90)) : "")
                    : pick(random, "", String.valueOf(1915 + random.nextInt(110)));
            String band = byAge ? "" : pick(random, "", "16-24", "25-34", "85+", "0-15", "18-29");
            String gender = pick(random, "K", "kvinna", "Man", "M", " man ", "annat", "", "vill ej uppge", null);
            String education = pick(
                    random,
                    "gymnasial",
                    "eftergymnasial ≥ 3 år",
                    "förgymnasial",
                    "eftergymnasial < 3 år",
                    "",
                    "-",
                    null);
            String origin = pick(random, "svensk_bakgrund", "utländsk_bakgrund", "", null);
            String area = pick(
                    random, "9901R001", "9901R002", "9901A0011", "9901A0052", " 9901R003 ", "ZZ99", "", null, "9901");
            String weight = pick(random, null, null, null, "1.5", "0,25", "2", "-1", "0.0000004");
            rows.add(RowFactory.create(
                    process, person, stage, age, birthYear, band, gender, education, origin, area, weight));
        }
        return rows;
    }

    @SafeVarargs
    private static <T> T pick(java.util.Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    @Test
    void crossFileWarningsAreTheSameOnSparkAsOnTheDriver() {
        List<Row> rows = rowsWithEveryKindOfReject();
        rows.add(row(CENTRE, "w1", "", "30", "q", null)); // an answer without counterpart
        rows.add(row(CENTRE, "w1", "", "31", "q", null)); // ... whose duplicate is not counted
        rows.add(RowFactory.create(CENTRE, "w2", "", "40", "man", "ZZ99", null)); // a residence outside the hierarchy
        BothWays read = readBothWays(writeParts(rows, 3));
        InputLedger sparkLedger = read.sparkLedger();
        InputLedger driverLedger = read.driverLedger();

        assertThat(driverLedger.warnings())
                .anyMatch(w -> w.startsWith("gender: 'q' (1 row)"))
                .anyMatch(w -> w.startsWith("1 participant lives in areas not in the areas file (ZZ99)"));
        assertThat(sparkLedger.warnings()).isEqualTo(driverLedger.warnings());
    }

    @Test
    void rejectedCellsAreMissingAnswersOnSparkAsOnTheDriver() {
        List<Row> rows = rowsWithEveryKindOfReject();
        rows.add(row(CENTRE, "r1", "", "30", "19850512-1234", null)); // a personnummer as gender
        rows.add(row(CENTRE, "r1", "", "31", "19850512-1234", null)); // ... whose duplicate is not counted
        rows.add(row(CENTRE, "r2", "", "32", "\u001b[31mman", null)); // an ANSI escape
        rows.add(RowFactory.create(
                CENTRE, "r3", "", "40", "man", "+46 70 123 45 67", null)); // a phone number as residence
        BothWays read = readBothWays(writeParts(rows, 3));
        InputLedger sparkLedger = read.sparkLedger();
        InputLedger driverLedger = read.driverLedger();

        assertThat(sparkLedger.rowsAccepted())
                .isEqualTo(driverLedger.rowsAccepted())
                .isEqualTo(43 + 3);
        assertThat(driverLedger.warnings())
                .anyMatch(w -> w.startsWith(
                        "rejected cells, area_code: 1 cell (first at line 59), gender: 2 cells (first at line 56):"));
        // Spark's tallies count the cells without their lines
        assertThat(sparkLedger.warnings())
                .anyMatch(w -> w.startsWith("rejected cells, area_code: 1 cell, gender: 2 cells:"));
        assertThat(sparkLedger.publishedWarnings())
                .isEqualTo(driverLedger.publishedWarnings())
                .anyMatch(w -> w.startsWith("rejected cells in area_code, gender:"));
        assertThat(String.join(" ", sparkLedger.warnings())).doesNotContain("1985", "+46", "\u001b");

        ParticipantCategoriser categoriser = new ParticipantCategoriser(
                read.onDriver().processes(),
                read.plan().dimensions(),
                read.onDriver().areas());
        MarginalCounts driverCounts = categoriser.newCounts();
        read.onDriver().participants().forEach(p -> categoriser.count(p, driverCounts, 1));
        assertThat(sorted(read.sparkResult().marginals())).isEqualTo(sorted(CumulativeStages.of(driverCounts)));
        assertThat(read.sparkResult().marginals().toString()).doesNotContain("1985", "+46", "\u001b");
    }

    @Test
    void aWrongTypedCellStopsTheRunAtItsRowNumber() {
        List<Row> rows = rowsWithEveryKindOfReject();
        rows.add(row(BUDGET, "t1", "", "fifty", "man", null));
        Path file = writeParts(rows, 2);
        LoadedInputs onSpark = new EvaluateJob(SpegelConfig.defaults(), quiet()).prepare(inputs(file));
        ComparisonPlan plan = new ComparisonPlan(
                SpegelConfig.defaults(), onSpark.population(), onSpark.participantDimensions(), true);
        long expectedRow = rowNumberOf(file, "t1");

        assertThatThrownBy(() -> new ParticipantMarginals(SharedSpark.get())
                        .compute(onSpark, plan.dimensions(), ParticipantCategoriser.DEFAULT_KEY_SALT))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(expectedRow))
                .hasMessageContaining("'fifty' is not a whole number");
    }

    /** The row number the driver-side reader gives the row of a person (parts in name order). */
    private long rowNumberOf(Path file, String person) {
        List<se.spegel.schema.input.CsvRow> rows = new java.util.ArrayList<>();
        ParquetTable.open(
                        file,
                        List.of("process_id", "person_id", "stage", "age", "gender", "area_code", "weight"),
                        SpegelConfig.defaults().columnAliases(),
                        false)
                .forEach(rows::add, (line, column, reason, detail) -> {});
        return rows.stream()
                .filter(r -> r.text("person_id").equals(person))
                .findFirst()
                .orElseThrow()
                .line();
    }

    private static List<Marginal> sorted(List<Marginal> marginals) {
        return marginals.stream()
                .sorted(Comparator.comparing(Marginal::toString))
                .toList();
    }

    private static EvaluationInputs inputs(Path participants) {
        return inputs(Exempelstad.inputs().processes(), participants);
    }

    private static EvaluationInputs inputs(Path processes, Path participants) {
        EvaluationInputs exempelstad = Exempelstad.inputs();
        return new EvaluationInputs(processes, participants, exempelstad.population(), exempelstad.areas());
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
