package se.spegel.reports.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.spegel.reports.InvalidMetricsException;

/**
 * Reads {@code run.json} from the parent of a metrics folder, when there is one. run.json is internal to the
 * analyst (exact counts, example lines); a report takes only what may be published: of the warnings, their
 * published form ({@code published_warnings}, none in a run.json written before it existed).
 */
public final class RunManifestReader {

    static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest beside {@code metricsDir} ({@code metricsDir/../run.json}), or empty when there is none. */
    public Optional<RunManifest> readBeside(Path metricsDir) throws IOException {
        Path parent = metricsDir.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return Optional.empty();
        }
        Path file = parent.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InvalidMetricsException(file + ": cannot be read as JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidMetricsException(file + ": not a JSON object");
        }
        List<RunManifest.Input> inputs = new ArrayList<>();
        for (JsonNode input : root.path("inputs")) {
            inputs.add(new RunManifest.Input(
                    text(input, "role"),
                    text(input, "path"),
                    count(input, "rows_read"),
                    count(input, "rows_accepted"),
                    count(input, "rows_rejected"),
                    reasons(input.path("rejected_by_reason")),
                    texts(input.path("dropped_identifier_columns")),
                    texts(input.path("published_warnings"))));
        }
        return Optional.of(new RunManifest(List.copyOf(inputs), texts(root.path("notes"))));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Long count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isNumber() ? value.asLong() : null;
    }

    private static Map<String, Long> reasons(JsonNode node) {
        Map<String, Long> reasons = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> reasons.put(e.getKey(), e.getValue().asLong()));
        return reasons;
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        node.forEach(v -> texts.add(v.asText()));
        return List.copyOf(texts);
    }
}
