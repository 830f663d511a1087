package se.spegel.schema.input;

/**
 * Text that Spegel refuses to carry from an input to an output: control characters (they move a
 * terminal's cursor or recolour it, U+001B starts an ANSI escape, and XML 1.0, thus SVG and the
 * PDF writer, has no place for most of them), the bidirectional embeddings, overrides and
 * isolates U+202A–U+202E and U+2066–U+2069 (they make a name read differently from what it is,
 * the "Trojan Source" trick), and texts longer than {@link #MAX_LENGTH} characters (a name that
 * long is no name, and would not fit a report or a metric table cell). Tab, line feed and
 * carriage return are allowed: they are layout, and every writer quotes or escapes them.
 *
 * <p>The rule, applied as the inputs are read: in the files that name things (processes, areas)
 * and in the population's categories, such a text stops the run with one line naming file, line
 * and column (the analyst fixes the file); in participants, where one respondent's typing must
 * not stop a run, the cell is a rejected cell (see {@link ParticipantRules}).
 */
public final class UnsafeText {
    /** The longest text cell carried to an output. */
    public static final int MAX_LENGTH = 500;

    private UnsafeText() {}

    /** Why the text may not be carried to an output, or null when it may. */
    public static String problem(String text) {
        if (text.length() > MAX_LENGTH) {
            return "is " + text.length() + " characters long; at most " + MAX_LENGTH + " are allowed";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                return "contains the " + (isBidi(c) ? "bidirectional formatting" : "control") + " character "
                        + codePoint(c) + " at position " + (i + 1) + "; remove it";
            }
        }
        return null;
    }

    /** Whether the text holds a character or a length that {@link #problem} refuses. */
    public static boolean isUnsafe(String text) {
        return problem(text) != null;
    }

    /** The text with every refused character written as {@code \u001B} (for messages). */
    public static String escaped(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c) || c == '\n' || c == '\r' || c == '\t') {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean isUnsafe(char c) {
        boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
        return control || isBidi(c);
    }

    private static boolean isBidi(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
