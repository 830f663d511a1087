package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.io.Serializable;
import java.time.Year;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.SpegelConfig;

/**
 * The row rules for participants, apart from the duplicate check (which needs every row of a
 * process): whether a row names a known process and a person, and then whether its stage,
 * age and weight are valid. Serializable so that a Spark executor applies exactly the rules
 * the driver-side reader applies; it holds only what the rules need from the configuration.
 */
public final class ParticipantRules implements Serializable {
    private static final long serialVersionUID = 1L;

    /** A row's verdict: the participant when accepted, otherwise the reason. */
    public record Verdict(ParticipantRow participant, Reject reject) {
        static Verdict of(Reject reject) {
            return new Verdict(null, reject);
        }
    }

    private final Map<String, ProcessRow> processes;
    private final List<String> dimensionColumns;
    private final Map<String, DimensionScheme> schemes = new HashMap<>();
    private final Set<String> missingValues = new HashSet<>();
    private final AgeBands ageBands;
    private final int maxAge;
    private final int currentYear = Year.now().getValue();
    /**
     * Remembered verdicts per distinct cell text ("Kvinna" → kvinna, "vill ej uppge" → missing):
     * a file of millions repeats a handful of spellings. Per instance and thread (Spark gives
     * every task its own copy); bounded, so a column of unique texts cannot grow it without end.
     */
    private transient Map<String, Map<String, String>> canonicalMemo;

    private transient Map<String, Boolean> missingMemo;
    private static final int MEMO_LIMIT = 10_000;
    private static final String MISSING_MARK = new String("missing"); // compared by identity

    public ParticipantRules(SpegelConfig config, Map<String, ProcessRow> processes, List<String> dimensionColumns) {
        this.processes = Map.copyOf(processes);
        this.dimensionColumns = List.copyOf(dimensionColumns);
        dimensionColumns.forEach(d -> schemes.put(d, config.dimension(d)));
        config.missingValues().forEach(v -> missingValues.add(key(v)));
        this.ageBands = config.ageBands();
        this.maxAge = config.maxPlausibleAge();
    }

    public List<String> dimensionColumns() {
        return dimensionColumns;
    }

    /** Why the row names no known process or no person; null when it names both. */
    public Reject identityReject(CsvRow row) {
        String processId = row.text(PROCESS_ID);
        if (processId.isEmpty()) {
            return reject(row, PROCESS_ID, "missing_process_id", "process_id is blank");
        }
        if (!knowsProcess(processId)) {
            return reject(
                    row,
                    PROCESS_ID,
                    "unknown_process",
                    "process " + ShownValue.quoted(processId) + " is not in processes");
        }
        if (row.text(PERSON_ID).isEmpty()) {
            return reject(row, PERSON_ID, "missing_person_id", "person_id is blank");
        }
        return null;
    }

    /** Whether a (trimmed, non-blank) process_id names a process of the processes file. */
    public boolean knowsProcess(String processId) {
        return processes.containsKey(processId);
    }

    /** The key under which a person may appear only once (after {@link #identityReject} passed). */
    public static String identityKey(CsvRow row) {
        return identityKey(row.text(PROCESS_ID), row.text(PERSON_ID));
    }

    /** The same from the two trimmed cells, for readers that hold cells rather than rows. */
    public static String identityKey(String processId, String personId) {
        return processId + '\u0000' + personId;
    }

    public Reject duplicateReject(CsvRow row) {
        return reject(row, PERSON_ID, "duplicate_person", "the same person_id appears earlier in this process");
    }

    /**
     * The checks after identity and duplicates: stage, age, weight, in that order (the first
     * that fails is the reason). A cell of the wrong type (text in age) throws
     * {@link InputException}: a file-level mistake, not a row's. Each check reads only its own
     * cells ({@link #stageOf}, {@link #ageOf}, {@link #weightOf}), so a reader that sees the
     * same cells many times may judge each distinct value once.
     */
    public Verdict judge(CsvRow row) {
        StageOrReject stage = stageOf(row);
        if (stage.reject() != null) {
            return Verdict.of(stage.reject());
        }
        AgeOrReject age = ageOf(row);
        if (age.reject() != null) {
            return Verdict.of(age.reject());
        }
        WeightOrReject weight = weightOf(row);
        if (weight.reject() != null) {
            return Verdict.of(weight.reject());
        }
        int[] range = age.range();
        return new Verdict(
                new ParticipantRow(
                        row.text(PROCESS_ID),
                        row.text(PERSON_ID),
                        stage.index(),
                        range == null ? null : range[0],
                        range == null ? null : range[1],
                        ageBand(row, range),
                        categories(row),
                        residence(row.text(AREA_CODE)),
                        weight.weight()),
                null);
    }

    /** A row's stage index in its (known) process's funnel, or why it is rejected. */
    public record StageOrReject(int index, Reject reject) {}

    /** The stage check of {@link #judge}, reading process_id (a known process) and stage. */
    public StageOrReject stageOf(CsvRow row) {
        ProcessRow process = processes.get(row.text(PROCESS_ID));
        Integer stageIndex = stageIndex(row, process);
        if (stageIndex == null) {
            return new StageOrReject(
                    -1,
                    reject(
                            row,
                            STAGE,
                            "unknown_stage",
                            "stage " + ShownValue.quoted(row.text(STAGE)) + " is not one of "
                                    + String.join(">", process.stages())));
        }
        return new StageOrReject(stageIndex, null);
    }

    /** A row's weight (1 when blank), or why it is rejected. */
    public record WeightOrReject(double weight, Reject reject) {}

    /** The weight check of {@link #judge}, reading weight only; a non-number throws {@link InputException}. */
    public WeightOrReject weightOf(CsvRow row) {
        Double weight = row.decimal(WEIGHT);
        if (weight != null && !(weight > 0)) {
            return new WeightOrReject(Double.NaN, reject(row, WEIGHT, "bad_weight", "weight must be above 0"));
        }
        return new WeightOrReject(weight == null ? 1.0 : weight, null);
    }

    private boolean isMissing(String value) {
        if (value == null) {
            return true;
        }
        if (missingMemo == null) {
            missingMemo = new HashMap<>();
        }
        Boolean known = missingMemo.get(value);
        if (known == null) {
            known = missingValues.contains(key(value));
            if (missingMemo.size() < MEMO_LIMIT) {
                missingMemo.put(value, known);
            }
        }
        return known;
    }

    /**
     * The columns of an accepted row whose cells are {@link RejectedCells rejected cells} (an
     * identifier or unsafe text as an answer or a residence): they count as missing answers.
     */
    public List<String> rejectedCells(CsvRow row) {
        List<String> rejected = new java.util.ArrayList<>();
        for (String dimension : dimensionColumns) {
            if (RejectedCells.isRejected(row.text(dimension))) {
                rejected.add(dimension);
            }
        }
        if (RejectedCells.isRejected(row.text(AREA_CODE))) {
            rejected.add(AREA_CODE);
        }
        return rejected;
    }

    /** The area code of residence in a (trimmed) area_code cell; null when blank or a rejected cell. */
    public static String residence(String areaCode) {
        return areaCode.isEmpty() || RejectedCells.isRejected(areaCode) ? null : areaCode;
    }

    /**
     * The canonical category of a (trimmed) cell of a dimension column, null when it says "no
     * answer" or is a {@link RejectedCells rejected cell}: what {@link #judge} puts into the
     * participant's categories.
     */
    public String category(String dimension, String value) {
        if (canonicalMemo == null) {
            canonicalMemo = new HashMap<>();
        }
        Map<String, String> memo = canonicalMemo.computeIfAbsent(dimension, d -> new HashMap<>());
        String known = memo.get(value);
        if (known == null) {
            known = isMissing(value) || RejectedCells.isRejected(value)
                    ? MISSING_MARK
                    : schemes.get(dimension).canonical(value);
            if (memo.size() < MEMO_LIMIT) {
                memo.put(value, known);
            }
        }
        return known == MISSING_MARK ? null : known;
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    private static Integer stageIndex(CsvRow row, ProcessRow process) {
        String stage = row.text(STAGE).toLowerCase(Locale.ROOT);
        if (stage.isEmpty()) {
            return process.lastStageIndex();
        }
        int index = process.stages().indexOf(stage);
        return index < 0 ? null : index;
    }

    /** An age interval [low, high] (null when unknown), or the reason the row is rejected. */
    public record AgeOrReject(int[] range, Reject reject) {}

    /**
     * The age check of {@link #judge}, reading process_id (a known process, for its period),
     * age, birth_year and age_band; a non-number throws {@link InputException}.
     */
    public AgeOrReject ageOf(CsvRow row) {
        return ageInterval(row, processes.get(row.text(PROCESS_ID)));
    }

    private AgeOrReject ageInterval(CsvRow row, ProcessRow process) {
        // "vill ej uppge", "-" and the other missing codes mean an unknown age, not a typing error
        Integer age = isMissing(row.text(AGE)) ? null : row.integer(AGE);
        Integer birthYear = isMissing(row.text(BIRTH_YEAR)) ? null : row.integer(BIRTH_YEAR);
        if (birthYear != null) {
            if (birthYear > currentYear) {
                return rejectAge(
                        row, BIRTH_YEAR, "birth_year_in_future", "birth year " + birthYear + " lies in the future");
            }
            // SCB counts age on 31 December of the period, so age = period - birth year
            int derived = process.period() - birthYear;
            if (age != null && Math.abs(age - derived) > 1) {
                return rejectAge(
                        row, AGE, "age_birth_year_conflict", "age " + age + " does not fit birth year " + birthYear);
            }
            age = age == null ? derived : age;
        }
        if (age != null) {
            if (age < 0 || age > maxAge) {
                return rejectAge(
                        row,
                        birthYear == null || !isMissing(row.text(AGE)) ? AGE : BIRTH_YEAR,
                        "age_out_of_range",
                        "age " + age + " is outside 0.." + maxAge);
            }
            return new AgeOrReject(new int[] {age, age}, null);
        }
        String band = row.text(AGE_BAND);
        if (band.isEmpty() || isMissing(band)) {
            return new AgeOrReject(null, null);
        }
        return ageBands.bands().stream()
                .filter(b -> b.code().equals(band))
                .findFirst()
                .map(b -> new AgeOrReject(new int[] {b.low(), Math.min(b.high(), maxAge)}, null))
                .orElseGet(() -> rejectAge(
                        row,
                        AGE_BAND,
                        "unknown_age_band",
                        "age band " + ShownValue.quoted(band) + " is not one of "
                                + String.join(", ", ageBands.codes())));
    }

    private static AgeOrReject rejectAge(CsvRow row, String column, String reason, String detail) {
        return new AgeOrReject(null, reject(row, column, reason, detail));
    }

    private String ageBand(CsvRow row, int[] age) {
        if (age == null) {
            return null;
        }
        return age[0] == age[1] ? ageBands.bandOf(age[0]).map(AgeBand::code).orElse(null) : row.text(AGE_BAND);
    }

    private Map<String, String> categories(CsvRow row) {
        HashMap<String, String> categories = new HashMap<>();
        for (String dimension : dimensionColumns) {
            categories.put(dimension, category(dimension, row.text(dimension)));
        }
        return CategoryValues.owning(categories);
    }

    private static Reject reject(CsvRow row, String column, String reason, String detail) {
        return new Reject(row.file().toString(), row.line(), column, reason, detail);
    }
}
