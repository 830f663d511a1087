package se.spegel.jobs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import se.spegel.jobs.SharedSpark;

class RecordKeyTest {
    private static final List<String> PEOPLE = List.of("p1", "p2", "Åsa-Öberg", "", "😀 emoji", "x".repeat(300));

    @Test
    void theDriversKeyIsTheKeySparkSqlComputesOnExecutors() {
        Dataset<Row> people = SharedSpark.get()
                .createDataset(PEOPLE, Encoders.STRING())
                .toDF("person_id")
                .withColumn("process_id", functions.lit("möte-1"));
        List<Row> rows = people.select(
                        functions.col("person_id"),
                        RecordKey.column("salt", functions.col("process_id"), functions.col("person_id"))
                                .as("key"))
                .collectAsList();
        assertThat(rows).hasSize(PEOPLE.size());
        for (Row row : rows) {
            assertThat(row.getLong(1)).isEqualTo(RecordKey.of("salt", "möte-1", row.getString(0)));
        }
    }

    @Test
    void keysAreUnsigned32BitNumbersThatDependOnSaltProcessAndPerson() {
        for (String person : PEOPLE) {
            long key = RecordKey.of("", "a", person);
            assertThat(key).isBetween(0L, (1L << 32) - 1);
            assertThat(RecordKey.of("", "a", person)).isEqualTo(key);
        }
        assertThat(RecordKey.of("", "a", "p1")).isNotEqualTo(RecordKey.of("s", "a", "p1"));
        assertThat(RecordKey.of("", "a", "p1")).isNotEqualTo(RecordKey.of("", "b", "p1"));
        // each text is hashed on its own: ("ab","c") and ("a","bc") stay apart
        assertThat(RecordKey.of("", "ab", "c")).isNotEqualTo(RecordKey.of("", "a", "bc"));
    }
}
