package se.spegel.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs and outputs given as Hadoop file system URIs, exercised through Hadoop's file:// file system. */
class HadoopPathsTest {
    @TempDir
    Path dir;

    @Test
    void tellsUrisFromPlainPaths() {
        assertThat(HadoopPaths.isUri("hdfs://namenode:8020/data/participants.csv"))
                .isTrue();
        assertThat(HadoopPaths.isUri("s3a://bucket/participants.csv")).isTrue();
        assertThat(HadoopPaths.isUri("file:///data/participants.csv")).isTrue();
        assertThat(HadoopPaths.isUri("data/participants.csv")).isFalse();
        assertThat(HadoopPaths.isUri("/data/participants.csv")).isFalse();
        assertThat(HadoopPaths.isUri("C:/data/participants.csv"))
                .as("a Windows drive is not a scheme")
                .isFalse();
    }

    @Test
    void plainPathIsReadWhereItIs() throws IOException {
        assertThat(HadoopPaths.input("data/participants.csv")).isEqualTo(Path.of("data/participants.csv"));
    }

    @Test
    void uriInputIsReadWhereItLiesWithoutALocalCopy() throws IOException {
        Path source = Files.writeString(dir.resolve("participants.csv"), "process_id,person_id\nmöte,a\n");
        String uri = source.toUri().toString();
        List<String> temporaryBefore = temporaryFolders();

        Path input = HadoopPaths.input(uri);

        assertThat(HadoopPaths.isRemote(input)).isTrue();
        assertThat(input.getFileName().toString()).isEqualTo("participants.csv");
        assertThat(Files.isRegularFile(input)).isTrue();
        assertThat(Files.size(input)).isEqualTo(Files.size(source));
        assertThat(Files.readAllBytes(input)).isEqualTo(Files.readAllBytes(source));
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(input)) {
            java.nio.ByteBuffer rest = java.nio.ByteBuffer.allocate(64);
            channel.position(11);
            channel.read(rest);
            assertThat(new String(rest.array(), 0, rest.position(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo("person_id\nmöte,a\n");
        }
        assertThat(HadoopPaths.origin(input)).isEqualTo(uri);
        assertThat(HadoopPaths.withOrigins(input + ":2:1 (person_id): duplicate"))
                .isEqualTo(uri + ":2:1 (person_id): duplicate");
        assertThat(siblingsOf(source))
                .as("no .crc checksum file next to the source")
                .containsExactly("participants.csv");
        assertThat(temporaryFolders())
                .as("nothing copied to the temporary folder")
                .isEqualTo(temporaryBefore);
    }

    @Test
    void uriInputFolderOfPartFilesIsListedWhereItLies() throws IOException {
        Path parquet = Files.createDirectories(dir.resolve("participants.parquet"));
        Files.writeString(parquet.resolve("part-00000.parquet"), "one");
        Files.writeString(parquet.resolve("part-00001.parquet"), "two");

        Path input = HadoopPaths.input(parquet.toUri().toString());

        assertThat(Files.isDirectory(input)).isTrue();
        assertThat(siblingsOf(input.resolve("part-00000.parquet")))
                .containsExactly("part-00000.parquet", "part-00001.parquet");
        assertThat(Files.readString(input.resolve("part-00001.parquet"))).isEqualTo("two");
        assertThat(input.relativize(input.resolve("part-00001.parquet")).toString())
                .isEqualTo("part-00001.parquet");
        assertThat(input.resolve("part-00001.parquet").toUri())
                .isEqualTo(parquet.resolve("part-00001.parquet").toUri());
    }

    private static List<String> temporaryFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("spegel-input-"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void missingUriInputIsNamedInTheError() {
        String uri = dir.resolve("nothing.csv").toUri().toString();
        assertThatThrownBy(() -> HadoopPaths.input(uri))
                .isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining(uri);
    }

    @Test
    void plainOutputPathIsWrittenInPlace() throws IOException {
        try (PublishedOutput output = PublishedOutput.at(dir.resolve("out").toString())) {
            assertThat(output.local()).isEqualTo(dir.resolve("out"));
            assertThat(output.display("metrics"))
                    .isEqualTo(dir.resolve("out").resolve("metrics").toString());
        }
    }

    @Test
    void uriOutputIsPublishedEntryByEntryReplacingOldEntriesAndKeepingOthers() throws IOException {
        Path target = Files.createDirectories(dir.resolve("out"));
        Files.createDirectories(target.resolve("metrics"));
        Files.writeString(target.resolve("metrics/old_table.csv"), "from an earlier run");
        Files.createDirectories(target.resolve("reports"));
        Files.writeString(target.resolve("reports/report.html"), "<html>");
        String uri = target.toUri().toString();

        Path local;
        try (PublishedOutput output = PublishedOutput.at(uri)) {
            local = output.local();
            assertThat(local).isNotEqualTo(target);
            Files.createDirectories(local.resolve("metrics"));
            Files.writeString(local.resolve("metrics/category_gaps.csv"), "process_id\nmöte\n");
            Files.writeString(local.resolve("run.json"), "{}");
            output.publish(List.of("metrics", "rejects", "run.json"), new PrintStream(OutputStream.nullOutputStream()));
            assertThat(output.display("metrics")).isEqualTo(uri.replaceAll("/+$", "") + "/metrics");
        }

        assertThat(Files.readString(target.resolve("metrics/category_gaps.csv")))
                .isEqualTo("process_id\nmöte\n");
        assertThat(target.resolve("metrics/old_table.csv"))
                .as("the whole entry is replaced")
                .doesNotExist();
        assertThat(Files.readString(target.resolve("run.json"))).isEqualTo("{}");
        assertThat(Files.readString(target.resolve("reports/report.html"))).isEqualTo("<html>");
        assertThat(listing(target))
                .as("no staging folder or .crc files left behind")
                .containsExactlyInAnyOrder(
                        "metrics", "metrics/category_gaps.csv", "reports", "reports/report.html", "run.json");
        assertThat(local).as("the local working folder is removed").doesNotExist();
    }

    private static List<String> siblingsOf(Path file) throws IOException {
        try (Stream<Path> files = Files.list(file.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder))
                    .map(p -> folder.relativize(p).toString())
                    .toList();
        }
    }
}
