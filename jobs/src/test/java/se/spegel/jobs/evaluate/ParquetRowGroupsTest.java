package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvRow;

/** Cells read from Parquet are the same text whether the pages hold a dictionary or plain values. */
class ParquetRowGroupsTest {
    private static final List<String> KNOWN = List.of("process_id", "person_id", "age", "gender", "weight");

    @TempDir
    Path dir;

    private final StructType schema = new StructType()
            .add("process_id", DataTypes.StringType).add("person_id", DataTypes.StringType)
            .add("age", DataTypes.IntegerType).add("gender", DataTypes.StringType)
            .add("weight", DataTypes.DoubleType);

    @Test
    void dictionaryAndPlainPagesGiveTheSameCells() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(RowFactory.create("p" + (i % 3), "person-" + i, i % 7 == 0 ? null : 16 + i % 60,
                    i % 5 == 0 ? "Kvinna" : i % 11 == 0 ? null : "man", i % 4 == 0 ? 1.5 : null));
        }
        List<List<String>> withDictionary = cells(write(rows, "dictionary.parquet", true));
        List<List<String>> plain = cells(write(rows, "plain.parquet", false));

        assertThat(plain).isEqualTo(withDictionary).hasSize(300);
        // row 0: age 16 unless null (i % 7 == 0: null), gender Kvinna (i % 5 == 0), weight 1.5 (i % 4 == 0)
        assertThat(withDictionary.get(0)).containsExactly("p0", "person-0", "", "Kvinna", "1.5");
        assertThat(withDictionary.get(1)).containsExactly("p1", "person-1", "17", "man", "");
        assertThat(withDictionary.get(11)).containsExactly("p2", "person-11", "27", "", "");
    }

    /**
     * Pages read directly (levels, dictionary ids and plain values decoded by Spegel) give every
     * cell as Parquet's own column readers do, in both page formats, with dictionaries that
     * overflow into plain pages, nulls and several types.
     */
    @Test
    void pagesReadDirectlyGiveTheCellsParquetsColumnReadersGive() {
        java.util.Random random = new java.util.Random(3);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            rows.add(RowFactory.create(random.nextInt(9) == 0 ? null : "p" + random.nextInt(40),
                    random.nextInt(50) == 0 ? null : "person-" + i + "-åäö", random.nextInt(7) == 0 ? null : random.nextInt(100),
                    random.nextInt(6) == 0 ? null : random.nextBoolean() ? "kvinna" : "man " + random.nextInt(300),
                    random.nextInt(4) == 0 ? null : random.nextInt(2000) / 100.0));
        }
        List<java.util.Map<String, String>> writers = List.of(
                java.util.Map.of("parquet.enable.dictionary", "true"),
                java.util.Map.of("parquet.enable.dictionary", "false"),
                java.util.Map.of("parquet.enable.dictionary", "true", "parquet.dictionary.page.size", "512",
                        "parquet.page.size", "2048"),
                java.util.Map.of("parquet.enable.dictionary", "false", "parquet.writer.version", "v2"),
                java.util.Map.of("parquet.enable.dictionary", "true", "parquet.dictionary.page.size", "512",
                        "parquet.page.size", "2048", "parquet.writer.version", "v2"));
        for (java.util.Map<String, String> writer : writers) {
            Path file = write(rows, "pages-" + writers.indexOf(writer) + ".parquet", writer);
            ParquetTable table = ParquetTable.open(file, KNOWN, SpegelConfig.defaults().columnAliases(), false);
            List<List<String>> reference = new ArrayList<>();
            table.forEachThroughColumnReaders(row -> reference.add(text(row, table.columns())));
            assertThat(cells(file)).as("written with %s", writer).isEqualTo(reference).hasSize(5000);
        }
    }

    private Path write(List<Row> rows, String name, boolean dictionary) {
        return write(rows, name, java.util.Map.of("parquet.enable.dictionary", String.valueOf(dictionary)));
    }

    private Path write(List<Row> rows, String name, java.util.Map<String, String> options) {
        Path file = dir.resolve(name);
        SharedSpark.get().createDataFrame(JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext())
                        .parallelize(rows, 2), schema)
                .write().options(options).parquet(file.toString());
        return file;
    }

    private static List<List<String>> cells(Path file) {
        List<List<String>> cells = new ArrayList<>();
        ParquetTable table = ParquetTable.open(file, KNOWN, SpegelConfig.defaults().columnAliases(), false);
        table.forEach(row -> cells.add(text(row, table.columns())), (line, column, reason, detail) -> { });
        return cells;
    }

    private static List<String> text(CsvRow row, List<String> columns) {
        return columns.stream().map(row::text).toList();
    }
}
