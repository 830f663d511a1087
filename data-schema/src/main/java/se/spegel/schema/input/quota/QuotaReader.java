package se.spegel.schema.input.quota;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvInput;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.TableSpec;

/**
 * Reads the quota files of citizens' assemblies ({@code --quotas FILE...}) in the forms the
 * lottery tools write them:
 * <ul>
 *   <li>Spegel's long form, one file for many processes: {@code process_id, feature, value, min,
 *       max[, target][, weight]};</li>
 *   <li>the categories file of sortition-algorithms, OpenDLP and the Sortition Foundation's
 *       stratification app, {@code feature,value,min,max[,min_flex,max_flex]} (older versions:
 *       {@code category,name,min,max}), one file per process named {@code <process_id>.csv};</li>
 *   <li>Digidem Lab's swedish-sortition criteria, {@code <process_id>.json}
 *       ({@link SortitionCriteriaJson}).</li>
 * </ul>
 * The flex columns are how far the tool may relax a quota when no panel meets it; the quota the
 * panel is judged by is min..max, so they are read past.
 */
public final class QuotaReader {
    static final String PROCESS_ID = "process_id";
    static final String FEATURE = "feature";
    static final String VALUE = "value";
    static final String MIN = "min";
    static final String MAX = "max";
    static final String TARGET = "target";
    static final String WEIGHT = "weight";
    /** sortition-algorithms' legacy header: category,name instead of feature,value. */
    private static final String LEGACY_FEATURE = "category";

    private static final String LEGACY_VALUE = "name";
    private static final List<String> KNOWN = List.of(
            PROCESS_ID, FEATURE, VALUE, MIN, MAX, TARGET, WEIGHT, LEGACY_FEATURE, LEGACY_VALUE, "min_flex", "max_flex");

    private QuotaReader() {}

    /** Every quota of every file, in file order. */
    public static List<Quota> read(List<Path> files, SpegelConfig config) {
        List<Quota> quotas = new ArrayList<>();
        Map<String, Quota> seen = new HashMap<>();
        for (Path file : files) {
            for (Quota quota : read(file, config)) {
                String key = quota.processId()
                        + '\u0000'
                        + quota.feature().toLowerCase(Locale.ROOT)
                        + '\u0000'
                        + quota.value().toLowerCase(Locale.ROOT);
                Quota earlier = seen.putIfAbsent(key, quota);
                if (earlier != null) {
                    throw new InputException(
                            file,
                            quota.line(),
                            quota.valueColumn(),
                            null,
                            "quota " + quota.feature()
                                    + " = " + quota.value() + " for " + quota.processId() + " is given twice (also "
                                    + earlier.file().getFileName() + ":" + earlier.line() + ")");
                }
                quotas.add(quota);
            }
        }
        return quotas;
    }

    /** The quotas of one file, its form chosen by its ending (.json, else CSV) and header. */
    public static List<Quota> read(Path file, SpegelConfig config) {
        String name = file.getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            return SortitionCriteriaJson.read(file, processIdOf(file));
        }
        List<Quota> quotas = new ArrayList<>();
        try (CsvInput input = CsvInput.open(
                file,
                new TableSpec("quotas", KNOWN, List.of(), false),
                config.columnAliases(),
                config.inputEncoding())) {
            List<String> columns = input.columns();
            String feature = columns.contains(FEATURE) ? FEATURE : LEGACY_FEATURE;
            String value = columns.contains(VALUE) ? VALUE : LEGACY_VALUE;
            for (String required : List.of(feature, value)) {
                if (!columns.contains(required)) {
                    throw new InputException(
                            file,
                            1,
                            0,
                            required,
                            "missing column '" + required + "': a quota file has"
                                    + " process_id, feature, value, min, max[, target] or (named <process_id>.csv)"
                                    + " feature, value, min, max; the header has: " + String.join(", ", columns));
                }
            }
            boolean longForm = columns.contains(PROCESS_ID);
            String fileProcess = longForm ? null : processIdOf(file);
            input.forEach(
                    row -> quotas.add(quota(row, longForm ? row.text(PROCESS_ID) : fileProcess, feature, value)),
                    (line, column, reason, detail) -> {
                        throw new InputException(file, line, column, null, detail);
                    });
        }
        if (quotas.isEmpty()) {
            throw InputException.ofFile(file, "the quota file has a header but no quotas");
        }
        return quotas;
    }

    private static Quota quota(CsvRow row, String processId, String featureColumn, String valueColumn) {
        if (processId.isEmpty()) {
            throw row.error(PROCESS_ID, "process_id is blank");
        }
        String feature = row.text(featureColumn);
        String value = row.text(valueColumn);
        if (feature.isEmpty()) {
            throw row.error(featureColumn, "the feature is blank");
        }
        if (value.isEmpty()) {
            throw row.error(valueColumn, "the value is blank");
        }
        Double min = nonNegative(row, MIN);
        Double max = nonNegative(row, MAX);
        Double target = nonNegative(row, TARGET);
        Double weight = row.decimal(WEIGHT);
        if (min == null && max == null && target == null) {
            throw row.error(row.has(MIN) ? MIN : valueColumn, "the quota gives none of min, max and target");
        }
        if (min != null && max != null && min > max) {
            throw row.error(MIN, "min " + plain(min) + " is above max " + plain(max));
        }
        if (weight != null && !(weight > 0)) {
            throw row.error(WEIGHT, "weight must be above 0");
        }
        return new Quota(
                processId,
                feature,
                value,
                min,
                max,
                target,
                weight == null ? 1.0 : weight,
                row.file(),
                row.line(),
                row.position(featureColumn),
                row.position(valueColumn));
    }

    private static Double nonNegative(CsvRow row, String column) {
        Double value = row.decimal(column);
        if (value != null && value < 0) {
            throw row.error(column, column + " must not be negative");
        }
        return value;
    }

    static String plain(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** A process's own quota file is named for it, as a Pabulib file is: {@code klimatradet.csv}. */
    static String processIdOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).strip();
    }
}
