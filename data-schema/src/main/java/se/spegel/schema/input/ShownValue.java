package se.spegel.schema.input;

/**
 * How a message quotes a cell it complains about. Messages go to the console, to the one-line
 * error, to {@code rejects/} and to run.json, so a quoted value must neither carry a person's
 * identity nor act on a terminal: a value that looks like a direct identifier (personnummer,
 * e-mail address, phone number) is not shown at all (the message names its row and column
 * instead), control and bidirectional formatting characters are written as {@code \u001B}, and
 * a long value is cut short.
 */
public final class ShownValue {
    /** Quoted values are cut to this many characters. */
    static final int SHOWN_LENGTH = 40;
    /** What a message says instead of a value that looks like a direct identifier. */
    public static final String WITHHELD = "a value that looks like a direct identifier (not shown)";

    private ShownValue() {}

    /** The value in single quotes, made safe as described above; {@link #WITHHELD} for an identifier. */
    public static String quoted(String value) {
        if (DirectIdentifiers.isIdentifyingValue(value)) {
            return WITHHELD;
        }
        return "'" + UnsafeText.escaped(abbreviate(value)) + "'";
    }

    static String abbreviate(String value) {
        return value.length() <= SHOWN_LENGTH ? value : value.substring(0, SHOWN_LENGTH - 3) + "...";
    }
}
