package se.spegel.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.reports.ReportRendererTest;

class RunManifestReaderTest {

    @Test
    void readsInputsReasonsAndNotesFromBesideTheMetricsFolder() throws Exception {
        RunManifest manifest =
                new RunManifestReader().readBeside(ReportRendererTest.fixture()).orElseThrow();
        assertThat(manifest.inputs()).hasSize(2);
        RunManifest.Input participants = manifest.inputs().get(1);
        assertThat(participants.role()).isEqualTo("participants");
        assertThat(participants.rowsRead()).isEqualTo(1489L);
        assertThat(participants.rowsRejected()).isEqualTo(7L);
        assertThat(participants.rejectedByReason().entrySet())
                .extracting(e -> e.getKey() + "=" + e.getValue())
                .containsExactly("age is not a number=4", "unknown process_id=3");
        assertThat(participants.droppedIdentifierColumns()).containsExactly("namn", "e-post");
        // the report takes the warnings' published form (no count of participants), never the analyst's
        assertThat(participants.warnings())
                .containsExactly(
                        "gender: 'annat' has no counterpart in the population tables; reported on its own line, not part of the shares");
        assertThat(manifest.notes()).hasSize(1);
    }

    @Test
    void noRunJsonIsNoManifest(@TempDir Path dir) throws Exception {
        assertThat(new RunManifestReader().readBeside(Files.createDirectories(dir.resolve("metrics"))))
                .isEmpty();
    }

    @Test
    void malformedRunJsonIsInvalidMetrics(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("run.json"), "{ not json");
        assertThatThrownBy(() -> new RunManifestReader().readBeside(Files.createDirectories(dir.resolve("metrics"))))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("run.json");
    }
}
