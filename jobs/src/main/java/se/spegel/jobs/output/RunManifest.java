package se.spegel.jobs.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.io.HadoopPaths;
import se.spegel.schema.input.InputLedger;

/** run.json: what was read (with checksums and row accounting), with which config and versions, how long it took. */
public final class RunManifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = JSON.createObjectNode();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public RunManifest(String command) {
        root.put("command", command);
        root.put("spegel_version", Versions.spegel());
        root.put("spark_version", Versions.spark());
        root.put("java_version", System.getProperty("java.version"));
    }

    public void inputs(List<InputLedger> ledgers) throws IOException {
        ArrayNode inputs = root.putArray("inputs");
        for (InputLedger ledger : ledgers) {
            ObjectNode input = inputs.addObject();
            input.put("role", ledger.role());
            input.put("path", HadoopPaths.origin(ledger.file()));
            // a source Spark reads where it lies (a URI, a data source, a table) never passes through the driver
            input.put(
                    "sha256",
                    se.spegel.jobs.io.SparkSources.source(ledger.file()).isPresent() ? null : sha256(ledger.file()));
            input.put("rows_read", ledger.rowsRead());
            input.put("rows_accepted", ledger.rowsAccepted());
            input.put("rows_rejected", ledger.rowsRejected());
            ObjectNode reasons = input.putObject("rejected_by_reason");
            ledger.rejectsByReason().forEach(reasons::put);
            ArrayNode dropped = input.putArray("dropped_identifier_columns");
            ledger.droppedColumns().forEach(dropped::add);
            ArrayNode warnings = input.putArray("warnings");
            ledger.warnings().forEach(warnings::add);
            ArrayNode published = input.putArray("published_warnings");
            ledger.publishedWarnings().forEach(published::add);
        }
    }

    public void notes(List<String> notes) {
        ArrayNode array = root.putArray("notes");
        notes.forEach(array::add);
    }

    public void config(String configJson) throws IOException {
        root.set("config", JSON.readTree(configJson));
    }

    public void timing(String phase, long millis) {
        timings.put(phase, millis);
    }

    public void outputs(Map<String, Integer> rowCounts) {
        ObjectNode outputs = root.putObject("output_rows");
        rowCounts.forEach(outputs::put);
    }

    public void write(Path file) throws IOException {
        ObjectNode timingNode = root.putObject("timings_ms");
        timings.forEach(timingNode::put);
        JSON.writeValue(file.toFile(), root);
    }

    /** SHA-256 of a file; of a folder (Parquet part files), over its files' names and bytes in name order. */
    static String sha256(Path file) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = Files.isDirectory(file) ? sortedFiles(file) : List.of(file);
            for (Path part : files) {
                if (Files.isDirectory(file)) {
                    digest.update(file.relativize(part).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                try (InputStream in = new DigestInputStream(Files.newInputStream(part), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> sortedFiles(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
