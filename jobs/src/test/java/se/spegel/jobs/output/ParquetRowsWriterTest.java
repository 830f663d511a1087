package se.spegel.jobs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.output.ParticipantWeight;
import se.spegel.schema.output.ResearchTables;

class ParquetRowsWriterTest {
    @TempDir
    Path dir;

    @Test
    void rowsComeBackWithTheirColumnsAndAnEmptyWeightAsNull() throws IOException {
        Path file = dir.resolve("w/participant_weights.parquet");
        ParquetRowsWriter.write(
                ResearchTables.PARTICIPANT_WEIGHTS,
                List.of(new ParticipantWeight("p", "P-1", 0.75), new ParticipantWeight("p", "P-2", null)),
                file);

        List<Group> rows = new ArrayList<>();
        try (ParquetReader<Group> reader = ParquetReader.builder(
                        new GroupReadSupport(), new org.apache.hadoop.fs.Path(file.toUri()))
                .withConf(new Configuration())
                .build()) {
            for (Group g = reader.read(); g != null; g = reader.read()) {
                rows.add(g);
            }
        }
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).getType().getFields())
                .extracting(f -> f.getName())
                .containsExactly("process_id", "person_id", "weight");
        assertThat(rows.get(0).getString("person_id", 0)).isEqualTo("P-1");
        assertThat(rows.get(0).getDouble("weight", 0)).isEqualTo(0.75);
        assertThat(rows.get(1).getFieldRepetitionCount("weight")).isZero();
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing.map(p -> p.getFileName().toString())).containsExactly("participant_weights.parquet");
        }
    }
}
