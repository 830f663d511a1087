package se.spegel.schema.input.quota;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvInput;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.TableSpec;

/**
 * The lottery's selection probability of every member of an assembly's pool
 * ({@code --selection-probabilities FILE...}): Spegel's form {@code process_id, person_id,
 * probability}, or the export of sortition-algorithms / Panelot ({@code "Agent ID", "Probability
 * of selection"}, the pool of one process, the file named {@code <process_id>.csv}). person_id is
 * pseudonymous and is only used to find the member's categories among the participants; it never
 * reaches an output.
 */
public final class SelectionProbabilities {
    private static final String PROCESS_ID = "process_id";
    private static final String PERSON_ID = "person_id";
    private static final String PROBABILITY = "probability";
    private static final String AGENT_ID = "agent_id";
    private static final String PROBABILITY_OF_SELECTION = "probability_of_selection";
    private static final List<String> KNOWN =
            List.of(PROCESS_ID, PERSON_ID, PROBABILITY, AGENT_ID, PROBABILITY_OF_SELECTION);

    private SelectionProbabilities() {}

    /** Per process, each pool member's probability, in file order. */
    public static Map<String, Map<String, Double>> read(List<Path> files, SpegelConfig config) {
        Map<String, Map<String, Double>> byProcess = new LinkedHashMap<>();
        Map<String, String> firstSeen = new java.util.HashMap<>();
        for (Path file : files) {
            try (CsvInput input = CsvInput.open(
                    file,
                    new TableSpec("selection probabilities", KNOWN, List.of(), false),
                    config.columnAliases(),
                    config.inputEncoding())) {
                List<String> columns = input.columns();
                boolean export = !columns.contains(PERSON_ID) && columns.contains(AGENT_ID);
                String person = export ? AGENT_ID : PERSON_ID;
                String probability = columns.contains(PROBABILITY) ? PROBABILITY : PROBABILITY_OF_SELECTION;
                for (String required : List.of(person, probability)) {
                    if (!columns.contains(required)) {
                        throw new InputException(
                                file,
                                1,
                                0,
                                required,
                                "missing column '" + required + "': selection"
                                        + " probabilities have process_id, person_id, probability or (named <process_id>.csv)"
                                        + " \"Agent ID\", \"Probability of selection\"; the header has: "
                                        + String.join(", ", columns));
                    }
                }
                String fileProcess = columns.contains(PROCESS_ID) ? null : QuotaReader.processIdOf(file);
                input.forEach(
                        row -> {
                            String processId = fileProcess != null ? fileProcess : row.text(PROCESS_ID);
                            String personId = row.text(person);
                            if (processId.isEmpty() || personId.isEmpty()) {
                                throw row.error(processId.isEmpty() ? PROCESS_ID : person, "the cell is blank");
                            }
                            Double p = row.decimal(probability);
                            if (p == null || p < 0 || p > 1) {
                                throw row.error(probability, "a probability must lie between 0 and 1");
                            }
                            String where = file.getFileName() + ":" + row.line();
                            String earlier = firstSeen.putIfAbsent(processId + '\u0000' + personId, where);
                            if (earlier != null) {
                                throw row.error(
                                        person,
                                        "this pool member of " + processId + " is listed twice (also " + earlier + ")");
                            }
                            byProcess
                                    .computeIfAbsent(processId, k -> new LinkedHashMap<>())
                                    .put(personId, p);
                        },
                        (line, column, reason, detail) -> {
                            throw new InputException(file, line, column, null, detail);
                        });
            }
        }
        return byProcess;
    }
}
