package se.spegel.schema.input.quota;

import java.nio.file.Path;

/**
 * One quota of a citizens' assembly's lottery as its file states it: for a process, how many
 * seats a value of a feature (gender = Kvinna, age_group = 16-19 år) must get at least
 * ({@code min}), at most ({@code max}) and ideally ({@code target}). Any of the three may be
 * absent (null), but not all. Feature and value are as written; they are matched to Spegel's
 * dimensions and categories later ({@code jobs}' quota plan), and a mismatch is reported at
 * {@code file:line:column} kept here.
 *
 * @param weight the feature's weight in the swedish-sortition distance (1 when the file gives none)
 * @param featureColumn 1-based column of the feature's cell (CSV) or key (JSON), 0 when unknown
 * @param valueColumn 1-based column of the value's cell or key
 */
public record Quota(
        String processId,
        String feature,
        String value,
        Double min,
        Double max,
        Double target,
        double weight,
        Path file,
        long line,
        int featureColumn,
        int valueColumn) {}
