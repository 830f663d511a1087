package se.spegel.schema.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.spegel.schema.input.InputException;

class ContainedIncludesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "include file(\"/etc/passwd\")",
                "include \"/etc/passwd\"",
                "include \"../outside.conf\"",
                "include file(\"sub/../../outside.conf\")",
                "include url(\"file:///etc/passwd\")",
                "include \"file:///etc/passwd\"",
                "include classpath(\"spegel-defaults.conf\")",
                "include required(file(\"/etc/passwd\"))"
            })
    void anIncludeOutsideTheFilesFolderStopsTheRunNamingTheFile(String include) throws IOException {
        Files.writeString(dir.getParent().resolve("outside.conf"), "spegel.disclosure.min-count = 1\n");
        Path conf = Files.writeString(dir.resolve("job.conf"), include + "\n");
        assertThatThrownBy(() -> SpegelConfig.layered(Optional.of(conf)))
                .isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).userMessage()).startsWith(conf.toString() + ": "))
                .hasMessageContaining("is refused: a configuration file may include only files in its own folder");
    }

    @Test
    void anIncludeOfAFileBesideOrBelowItIsRead() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/more.conf"), "spegel.disclosure.min-count = 7\n");
        Files.writeString(dir.resolve("beside.conf"), "spegel.compare.seed = 99\n");
        Path conf = Files.writeString(
                dir.resolve("job.conf"), "include \"beside.conf\"\ninclude file(\"sub/more.conf\")\n");
        SpegelConfig config = SpegelConfig.of(SpegelConfig.layered(Optional.of(conf)), Optional.of(conf));
        assertThat(config.disclosureMinCount()).isEqualTo(7);
        assertThat(SpegelConfig.layered(Optional.of(conf)).getLong("spegel.compare.seed"))
                .isEqualTo(99);
    }
}
