package se.spegel.schema.input;

/**
 * A row that was not accepted, with a reason code and a human detail. Never carries the
 * row's person_id: only the offending cell's value, and not even that for person_id.
 */
public record Reject(String file, long line, String column, String reason, String detail)
        implements java.io.Serializable {}
