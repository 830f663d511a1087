package se.spegel.schema.input;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Participants' answer cells that Spegel refuses to carry to any output: a value that looks like
 * a direct identifier (a personnummer as gender, an e-mail address as education, a phone number
 * as origin or area_code) or a text {@link UnsafeText} refuses. Such a cell is a <em>rejected
 * cell</em>: it counts as a missing answer (n_missing) of its dimension, and the row stays
 * accepted with its other answers; one respondent typing into the wrong field must not remove
 * the person from the other comparisons, nor stop the run. run.json's warnings say how many
 * cells of which column were rejected and where the first one is (line and column, never the
 * value); reports say only that some were.
 */
public final class RejectedCells {
    private RejectedCells() {}

    /** Whether an answer cell (trimmed) is a rejected cell. */
    public static boolean isRejected(String value) {
        return !value.isEmpty() && (DirectIdentifiers.isIdentifyingValue(value) || UnsafeText.isUnsafe(value));
    }

    /**
     * The warning for rejected cells, counted per column, with each column's first line where
     * known (readers that see rows know it; Spark's tallies do not); empty when there were none.
     */
    public static Optional<InputLedger.Warning> warning(Map<String, Long> byColumn, Map<String, Long> firstLine) {
        Map<String, Long> counted = new TreeMap<>(byColumn);
        counted.values().removeIf(n -> n == 0);
        if (counted.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder internal = new StringBuilder();
        counted.forEach((column, n) -> {
            internal.append(internal.length() == 0 ? "" : ", ")
                    .append(column)
                    .append(": ")
                    .append(n)
                    .append(n == 1 ? " cell" : " cells");
            if (firstLine.containsKey(column)) {
                internal.append(" (first at line ")
                        .append(firstLine.get(column))
                        .append(')');
            }
        });
        String consequence = " look like a direct identifier (personnummer, e-mail address, phone number) or hold"
                + " control or bidirectional formatting characters; they are rejected cells, counted as missing answers";
        return Optional.of(new InputLedger.Warning(
                "rejected cells, " + internal + ":" + consequence,
                "rejected cells in " + String.join(", ", counted.keySet()) + ":" + consequence));
    }
}
