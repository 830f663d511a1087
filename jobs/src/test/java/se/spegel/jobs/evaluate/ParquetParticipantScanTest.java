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
            .add("process_id", DataTypes.StringType).add("person_id", DataTypes.StringType)
            .add("stage", DataTypes.StringType).add("age", DataTypes.StringType)
            .add("gender", DataTypes.StringType).add("area_code", DataTypes.StringType)
            .add("weight", DataTypes.DoubleType);

    private static Row row(String process, String person, String stage, String age, String gender, Double weight) {
        return RowFactory.create(process, person, stage, age, gender, "9901R001", weight);
    }

    private List<Row> rowsWithEveryKindOfReject() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(row(i % 2 == 0 ? CENTRE : BUDGET, "p" + i, "", String.valueOf(16 + i), i % 3 == 0 ? "man" : "Kvinna",
                    i % 5 == 0 ? 1.5 : null));
        }
        rows.add(row("no-such-process", "x1", "", "30", "man", null));      // unknown_process
        rows.add(row(CENTRE, "", "", "30", "man", null));                   // missing_person_id
        rows.add(row(CENTRE, "p0", "", "31", "man", null));                 // duplicate of an accepted row
        rows.add(row(CENTRE, "d1", "nowhere", "40", "man", null));          // unknown_stage ...
        rows.add(row(CENTRE, "d1", "", "40", "man", null));                 // ... then its duplicate, valid
        rows.add(row(CENTRE, "d2", "", "200", "man", null));                // age_out_of_range
        rows.add(row(CENTRE, "d2", "", "forty", "man", null));              // wrong type, but a duplicate first
        rows.add(row(BUDGET, "w", "", "50", "man", -1.0));                  // bad_weight
        rows.add(row(BUDGET, "p1", "", "22", "kvinna", null));              // duplicate of an accepted row
        // rows alike but for the person: judged once per partition, each still counted and numbered
        for (String person : List.of("same1", "same2", "same3")) {
            rows.add(row(CENTRE, person, "", "33", "man", 1.5));
        }
        rows.add(row(CENTRE, "e1", "nowhere", "41", "man", null));          // unknown_stage ...
        rows.add(row(CENTRE, "e2", "nowhere", "41", "man", null));          // ... twice, on their own lines
        rows.add(row(CENTRE, "same1", "", "33", "man", 1.5));               // duplicate of an accepted row alike others
        return rows;
    }

    private Path writeParts(List<Row> rows, int parts) {
        Path file = dir.resolve("participants-" + parts + ".parquet");
        // contiguous slices in list order, so that the row numbers follow the list
        SharedSpark.get().createDataFrame(JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext())
                .parallelize(rows, parts), schema).write().parquet(file.toString());
        return file;
    }

    /** The same Parquet file read on the driver (as validate does) and by Spark (as evaluate does). */
    private record BothWays(LoadedInputs onDriver, ComparisonPlan plan, ParticipantMarginals.Result sparkResult) {
        InputLedger sparkLedger() {
            return sparkResult.sparkLedger().orElseThrow();
        }

        InputLedger driverLedger() {
            return onDriver.ledgers().get(onDriver.ledgers().size() - 1);
        }
    }

    private BothWays readBothWays(Path file) {
        EvaluationInputs inputs = inputs(file);
        EvaluateJob job = new EvaluateJob(SpegelConfig.defaults(), quiet());
        LoadedInputs onDriver = job.validate(inputs);
        LoadedInputs onSpark = job.prepare(inputs);
        ComparisonPlan plan = new ComparisonPlan(SpegelConfig.defaults(), onSpark.population(),
                onSpark.participantDimensions(), true);
        return new BothWays(onDriver, plan, new ParticipantMarginals(SharedSpark.get()).compute(onSpark, plan.dimensions()));
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
        assertThat(sparkLedger.rowsAccepted()).isEqualTo(driverLedger.rowsAccepted()).isEqualTo(43);
        assertThat(sparkLedger.rejectsByReason()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                "unknown_process", 1L, "missing_person_id", 1L, "duplicate_person", 5L, "unknown_stage", 3L,
                "age_out_of_range", 1L, "bad_weight", 1L));

        ParticipantCategoriser categoriser = new ParticipantCategoriser(onDriver.processes(), plan.dimensions(),
                onDriver.areas());
        MarginalCounts driverCounts = categoriser.newCounts();
        onDriver.participants().forEach(p -> categoriser.count(p, driverCounts, 1));
        assertThat(sorted(sparkResult.marginals())).isEqualTo(sorted(CumulativeStages.of(driverCounts.byReachedStage())));
    }

    @Test
    void crossFileWarningsAreTheSameOnSparkAsOnTheDriver() {
        List<Row> rows = rowsWithEveryKindOfReject();
        rows.add(row(CENTRE, "w1", "", "30", "q", null));                               // an answer without counterpart
        rows.add(row(CENTRE, "w1", "", "31", "q", null));                               // ... whose duplicate is not counted
        rows.add(RowFactory.create(CENTRE, "w2", "", "40", "man", "ZZ99", null));      // a residence outside the hierarchy
        BothWays read = readBothWays(writeParts(rows, 3));
        InputLedger sparkLedger = read.sparkLedger();
        InputLedger driverLedger = read.driverLedger();

        assertThat(driverLedger.warnings()).anyMatch(w -> w.startsWith("gender: 'q' (1 row)"))
                .anyMatch(w -> w.startsWith("1 participant lives in areas not in the areas file (ZZ99)"));
        assertThat(sparkLedger.warnings()).isEqualTo(driverLedger.warnings());
    }

    @Test
    void aWrongTypedCellStopsTheRunAtItsRowNumber() {
        List<Row> rows = rowsWithEveryKindOfReject();
        rows.add(row(BUDGET, "t1", "", "fifty", "man", null));
        Path file = writeParts(rows, 2);
        LoadedInputs onSpark = new EvaluateJob(SpegelConfig.defaults(), quiet()).prepare(inputs(file));
        ComparisonPlan plan = new ComparisonPlan(SpegelConfig.defaults(), onSpark.population(),
                onSpark.participantDimensions(), true);
        long expectedRow = rowNumberOf(file, "t1");

        assertThatThrownBy(() -> new ParticipantMarginals(SharedSpark.get()).compute(onSpark, plan.dimensions()))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(expectedRow))
                .hasMessageContaining("'fifty' is not a whole number");
    }

    /** The row number the driver-side reader gives the row of a person (parts in name order). */
    private long rowNumberOf(Path file, String person) {
        List<se.spegel.schema.input.CsvRow> rows = new java.util.ArrayList<>();
        ParquetTable.open(file, List.of("process_id", "person_id", "stage", "age", "gender", "area_code", "weight"),
                SpegelConfig.defaults().columnAliases(), false).forEach(rows::add, (line, column, reason, detail) -> { });
        return rows.stream().filter(r -> r.text("person_id").equals(person)).findFirst().orElseThrow().line();
    }

    private static List<Marginal> sorted(List<Marginal> marginals) {
        return marginals.stream().sorted(Comparator.comparing(Marginal::toString)).toList();
    }

    private static EvaluationInputs inputs(Path participants) {
        EvaluationInputs exempelstad = Exempelstad.inputs();
        return new EvaluationInputs(exempelstad.processes(), participants, exempelstad.population(), exempelstad.areas());
    }

    private static PrintStream quiet() {
        return new PrintStream(OutputStream.nullOutputStream());
    }
}
