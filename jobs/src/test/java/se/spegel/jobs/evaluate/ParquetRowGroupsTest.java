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

    private Path write(List<Row> rows, String name, boolean dictionary) {
        Path file = dir.resolve(name);
        SharedSpark.get().createDataFrame(JavaSparkContext.fromSparkContext(SharedSpark.get().sparkContext())
                        .parallelize(rows, 2), schema)
                .write().option("parquet.enable.dictionary", String.valueOf(dictionary)).parquet(file.toString());
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
