package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

/** Reads the processes file. Processes are few and define everything else, so any bad row stops the run. */
public final class ProcessesReader {
    private static final List<String> KNOWN =
            List.of(PROCESS_ID, NAME, METHOD, AREA_CODE, PERIOD, MIN_AGE, MAX_AGE, START_DATE, END_DATE, STAGES);

    private ProcessesReader() {}

    public record Result(Map<String, ProcessRow> processes, InputLedger ledger) {}

    public static final TableSpec SPEC = new TableSpec("processes", KNOWN, PROCESSES_REQUIRED, false);

    public static Result read(Path file, SpegelConfig config) {
        return read(file, config, TableOpener::openText);
    }

    /** Reads the processes in whatever table format {@code opener} reads, without an areas file to check against. */
    public static Result read(Path file, SpegelConfig config, TableOpener opener) {
        return read(file, config, opener, area -> true);
    }

    /**
     * Reads the processes in whatever table format {@code opener} reads (CSV, Excel, Parquet).
     *
     * @param knownArea whether an area code is in the areas file (always true without one): a
     *     process whose target area is not there could never find its population
     */
    public static Result read(Path file, SpegelConfig config, TableOpener opener, Predicate<String> knownArea) {
        InputLedger ledger = new InputLedger("processes", file);
        Map<String, ProcessRow> processes = new LinkedHashMap<>();
        try (RowSource input = opener.open(file, SPEC, config)) {
            ledger.noteSource(input);
            input.forEach(
                    row -> {
                        row.requireSafeText(); // names and codes are shown in reports, charts and tables
                        ProcessRow process = toProcess(row, config);
                        if (!knownArea.test(process.areaCode())) {
                            throw row.error(
                                    AREA_CODE,
                                    "area " + ShownValue.quoted(process.areaCode())
                                            + " is not in the areas file; add it there (with its parent) or correct the code");
                        }
                        if (processes.putIfAbsent(process.processId(), process) != null) {
                            throw row.error(
                                    PROCESS_ID,
                                    "process " + ShownValue.quoted(process.processId()) + " is listed twice");
                        }
                        ledger.accept();
                    },
                    (line, column, reason, detail) -> {
                        throw new InputException(file, line, column, null, detail);
                    });
        }
        if (processes.isEmpty()) {
            throw new InputException(file, 2, 0, null, "no processes: the file has a header but no rows");
        }
        return new Result(processes, ledger);
    }

    private static ProcessRow toProcess(CsvRow row, SpegelConfig config) {
        String id = required(row, PROCESS_ID);
        String name = required(row, NAME);
        Method method = Method.parse(required(row, METHOD))
                .orElseThrow(() -> row.error(
                        METHOD,
                        "unknown method " + ShownValue.quoted(row.text(METHOD)) + "; expected one of "
                                + Method.allCodes()));
        String area = required(row, AREA_CODE);
        Integer period = row.integer(PERIOD);
        if (period == null) {
            throw row.error(PERIOD, "period (the year of the population statistics) is required");
        }
        Integer minAge = row.integer(MIN_AGE);
        Integer maxAge = row.integer(MAX_AGE);
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw row.error(MAX_AGE, "max_age " + maxAge + " is below min_age " + minAge);
        }
        return new ProcessRow(
                id,
                name,
                method,
                area,
                period,
                minAge,
                maxAge,
                row.textOrNull(START_DATE),
                row.textOrNull(END_DATE),
                stages(row, method, config));
    }

    private static List<String> stages(CsvRow row, Method method, SpegelConfig config) {
        String text = row.text(STAGES);
        if (text.isEmpty()) {
            return config.stagesOf(method);
        }
        List<String> stages = new ArrayList<>();
        for (String stage : text.split(">")) {
            String name = stage.strip().toLowerCase(java.util.Locale.ROOT);
            if (name.isEmpty() || stages.contains(name)) {
                throw row.error(
                        STAGES, "stages must be distinct names separated by '>', e.g. invited>responded>attended");
            }
            stages.add(name);
        }
        return stages;
    }

    private static String required(CsvRow row, String column) {
        String value = row.text(column);
        if (value.isEmpty()) {
            throw row.error(column, column + " is required");
        }
        return value;
    }
}
