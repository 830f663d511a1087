package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;

/**
 * The participant rows of the processes that have selection probabilities, for
 * {@link PoolProbabilities}, which finds each pool member's probability by person_id. Participants
 * read on the driver are already at hand; participants that Spark read (Parquet, a catalog table,
 * another data source) are filtered to those processes on the executors, and only their rows (an
 * assembly's invitations: thousands, not a national file's millions) come to the driver, in file
 * order, to be judged by the same reader and rules as a file's rows: a duplicate person is rejected
 * there as everywhere, so each member counts once. The rows stay in memory and go no further.
 */
final class PoolMembers {
    private PoolMembers() {}

    static List<ParticipantRow> of(
            SparkSession spark, LoadedInputs loaded, Set<String> processIds, SpegelConfig config) {
        if (!loaded.participants().isEmpty()
                || processIds.isEmpty()
                || loaded.onSpark().isEmpty()) {
            return loaded.participants();
        }
        ParticipantRowsFrame frame = ParticipantRowsFrame.of(spark, loaded.onSpark());
        List<String> columns = frame.columns();
        List<Column> selected = new ArrayList<>();
        columns.forEach(c -> selected.add(col(c)));
        selected.add(col(ParticipantRowsFrame.LINE));
        List<Row> rows = frame.rows()
                .filter(col(ParticipantRowsFrame.PID).isin(processIds.toArray()))
                .select(selected.toArray(Column[]::new))
                .orderBy(ParticipantRowsFrame.LINE)
                .collectAsList();
        Map<String, Integer> index = new LinkedHashMap<>();
        columns.forEach(c -> index.put(c, index.size()));
        Path file = loaded.onSpark().get(0).file();
        List<CsvRow> cells = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> values = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                values.add(row.getString(i));
            }
            cells.add(CsvRow.of(file, row.getLong(columns.size()) % ParticipantRowsFrame.SOURCE_STRIDE, index, values));
        }
        List<ParticipantRow> members = new ArrayList<>();
        new ParticipantsReader(config, loaded.processes()).read(file, columns, cells, members::add);
        return members;
    }
}
