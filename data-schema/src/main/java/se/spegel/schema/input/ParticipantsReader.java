package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.DimensionSource;
import se.spegel.schema.config.SpegelConfig;

/**
 * Reads participants: one row per person per process. Row-level problems (unknown
 * process, duplicate person, implausible age, unknown stage) reject the row with a reason;
 * a cell of the wrong type (a non-number in age) stops the run naming file, line and column.
 */
public final class ParticipantsReader {
    private final SpegelConfig config;
    private final Map<String, ProcessRow> processes;
    private final List<String> dimensionColumns = new ArrayList<>();
    private final Set<String> seenPersons = new HashSet<>();
    private InputLedger ledger;

    public ParticipantsReader(SpegelConfig config, Map<String, ProcessRow> processes) {
        this.config = config;
        this.processes = processes;
    }

    /** Reads the file, handing each accepted participant to {@code sink}; returns the ledger. */
    public InputLedger read(Path file, Consumer<ParticipantRow> sink) {
        ledger = new InputLedger("participants", file);
        try (CsvInput input = CsvInput.open(file, knownColumns(), PARTICIPANTS_REQUIRED, config.columnAliases(), true)) {
            if (!input.droppedIdentifierColumns().isEmpty()) {
                ledger.dropColumns(input.droppedIdentifierColumns());
                ledger.warn("dropped columns with direct identifiers (never used): "
                        + String.join(", ", input.droppedIdentifierColumns()));
            }
            useDimensionColumns(input.columns());
            input.forEach(row -> accept(row, sink), (line, column, reason, detail) -> ledger.reject(line, null, reason, detail));
        }
        return finish();
    }

    /**
     * Reads participants that arrive as rows of another format (a Pabulib file's voters),
     * under the same rules as a CSV file's rows.
     */
    public InputLedger read(Path file, List<String> columns, Iterable<CsvRow> rows, Consumer<ParticipantRow> sink) {
        ledger = new InputLedger("participants", file);
        useDimensionColumns(columns);
        rows.forEach(row -> accept(row, sink));
        return finish();
    }

    /** Says so when nothing is left to compare, so that an empty result is never silent. */
    private InputLedger finish() {
        if (ledger.rowsRead() == 0) {
            ledger.warn("the file has a header but no participants: every comparison will be empty");
        } else if (ledger.rowsAccepted() == 0) {
            ledger.warn("no participant was accepted: all " + ledger.rowsRead()
                    + " rows were rejected (see rejects/), every comparison will be empty");
        }
        return ledger;
    }

    private void useDimensionColumns(List<String> columns) {
        config.dimensions().values().stream()
                .filter(d -> d.source() == DimensionSource.COLUMN && columns.contains(d.code()))
                .forEach(d -> dimensionColumns.add(d.code()));
    }

    private void accept(CsvRow row, Consumer<ParticipantRow> sink) {
        ParticipantRow participant = toParticipant(row);
        if (participant != null) {
            ledger.accept();
            sink.accept(participant);
        }
    }

    /** The column dimensions this file carried (after reading). */
    public List<String> dimensionColumns() {
        return List.copyOf(dimensionColumns);
    }

    /** The participant columns this reader knows (aliases resolve to these). */
    public List<String> knownColumns() {
        List<String> known = new ArrayList<>(PARTICIPANT_NON_DIMENSIONS);
        config.dimensions().values().stream()
                .filter(d -> d.source() == DimensionSource.COLUMN).forEach(d -> known.add(d.code()));
        return known;
    }

    private ParticipantRow toParticipant(CsvRow row) {
        String processId = row.text(PROCESS_ID);
        if (processId.isEmpty()) {
            return reject(row, PROCESS_ID, "missing_process_id", "process_id is blank");
        }
        ProcessRow process = processes.get(processId);
        if (process == null) {
            return reject(row, PROCESS_ID, "unknown_process", "process '" + CsvRow.abbreviate(processId) + "' is not in processes");
        }
        String personId = row.text(PERSON_ID);
        if (personId.isEmpty()) {
            return reject(row, PERSON_ID, "missing_person_id", "person_id is blank");
        }
        if (!seenPersons.add(processId + '\u0000' + personId)) {
            return reject(row, PERSON_ID, "duplicate_person", "the same person_id appears earlier in this process");
        }
        Integer stageIndex = stageIndex(row, process);
        if (stageIndex == null) {
            return reject(row, STAGE, "unknown_stage", "stage '" + CsvRow.abbreviate(row.text(STAGE))
                    + "' is not one of " + String.join(">", process.stages()));
        }
        int[] age = ageInterval(row, process);
        if (age != null && age.length == 0) {
            return null; // already rejected
        }
        Double weight = row.decimal(WEIGHT);
        if (weight != null && !(weight > 0)) {
            return reject(row, WEIGHT, "bad_weight", "weight must be above 0");
        }
        return new ParticipantRow(processId, stageIndex, age == null ? null : age[0], age == null ? null : age[1],
                ageBand(row, age), categories(row), row.textOrNull(AREA_CODE), weight == null ? 1.0 : weight);
    }

    private Integer stageIndex(CsvRow row, ProcessRow process) {
        String stage = row.text(STAGE).toLowerCase(Locale.ROOT);
        if (stage.isEmpty()) {
            return process.lastStageIndex();
        }
        int index = process.stages().indexOf(stage);
        return index < 0 ? null : index;
    }

    /** [low, high] of the age; null when unknown; an empty array when the row was rejected. */
    private int[] ageInterval(CsvRow row, ProcessRow process) {
        // "vill ej uppge", "-" and the other missing codes mean an unknown age, not a typing error
        Integer age = config.isMissing(row.text(AGE)) ? null : row.integer(AGE);
        Integer birthYear = config.isMissing(row.text(BIRTH_YEAR)) ? null : row.integer(BIRTH_YEAR);
        int maxAge = config.maxPlausibleAge();
        if (birthYear != null) {
            if (birthYear > Year.now().getValue()) {
                reject(row, BIRTH_YEAR, "birth_year_in_future", "birth year " + birthYear + " lies in the future");
                return new int[0];
            }
            // SCB counts age on 31 December of the period, so age = period - birth year
            int derived = process.period() - birthYear;
            if (age != null && Math.abs(age - derived) > 1) {
                reject(row, AGE, "age_birth_year_conflict", "age " + age + " does not fit birth year " + birthYear);
                return new int[0];
            }
            age = age == null ? derived : age;
        }
        if (age != null) {
            if (age < 0 || age > maxAge) {
                reject(row, birthYear == null || !config.isMissing(row.text(AGE)) ? AGE : BIRTH_YEAR, "age_out_of_range",
                        "age " + age + " is outside 0.." + maxAge);
                return new int[0];
            }
            return new int[] {age, age};
        }
        String band = row.text(AGE_BAND);
        if (band.isEmpty() || config.isMissing(band)) {
            return null;
        }
        return config.ageBands().bands().stream().filter(b -> b.code().equals(band))
                .findFirst().map(b -> new int[] {b.low(), Math.min(b.high(), maxAge)})
                .orElseGet(() -> {
                    reject(row, AGE_BAND, "unknown_age_band", "age band '" + CsvRow.abbreviate(band)
                            + "' is not one of " + String.join(", ", config.ageBands().codes()));
                    return new int[0];
                });
    }

    private String ageBand(CsvRow row, int[] age) {
        if (age == null) {
            return null;
        }
        return age[0] == age[1] ? config.ageBands().bandOf(age[0]).map(AgeBand::code).orElse(null) : row.text(AGE_BAND);
    }

    private Map<String, String> categories(CsvRow row) {
        Map<String, String> categories = new HashMap<>();
        for (String dimension : dimensionColumns) {
            String value = row.text(dimension);
            DimensionScheme scheme = config.dimension(dimension);
            categories.put(dimension, config.isMissing(value) ? null : scheme.canonical(value));
        }
        return categories;
    }

    private ParticipantRow reject(CsvRow row, String column, String reason, String detail) {
        ledger.reject(row.line(), column, reason, detail);
        return null;
    }
}
