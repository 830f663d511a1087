package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bookkeeping of one input file: every row read is either accepted or rejected with a
 * reason, so that rows_read = rows_accepted + rows_rejected always holds.
 */
public final class InputLedger {
    private final String role;
    private final Path file;
    private long accepted;
    private final List<Reject> rejects = new ArrayList<>();
    private final List<String> droppedColumns = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> publishedWarnings = new ArrayList<>();
    private String readAs = "";

    public InputLedger(String role, Path file) {
        this.role = role;
        this.file = file;
    }

    public void accept() {
        accepted++;
    }

    /** Rows accepted elsewhere (e.g. by Spark executors), counted in one go. */
    public void accept(long rows) {
        accepted += rows;
    }

    public void reject(long line, String column, String reason, String detail) {
        rejects.add(new Reject(file.toString(), line, column, reason, detail));
    }

    public void dropColumns(List<String> columns) {
        droppedColumns.addAll(columns);
    }

    /**
     * A warning in two forms: the analyst's (exact counts of rows, example lines: for run.json and
     * the console) and the published one (for reports: no count of participants, which the
     * published tables protect, and no row detail; null when it is not published at all).
     */
    public record Warning(String internal, String published) {}

    public void warn(Warning warning) {
        warn(warning.internal(), warning.published());
    }

    /** A warning that names no count of people and no participant's value: the same text is published. */
    public void warn(String warning) {
        warn(warning, warning);
    }

    /** A warning in its two forms (see {@link Warning}). */
    public void warn(String warning, String published) {
        warnings.add(warning);
        if (published != null) {
            publishedWarnings.add(published);
        }
    }

    /** Records how the table was read, the identifier columns it left out, and what it warned about. */
    public void noteSource(RowSource source) {
        readAs = source.description();
        if (!source.droppedIdentifierColumns().isEmpty()) {
            dropColumns(source.droppedIdentifierColumns());
            warn("dropped columns with direct identifiers (never used): "
                    + String.join(", ", source.droppedIdentifierColumns()));
        }
        // how a participants file was read (its lines) is the analyst's business; other files' notes are published
        source.warnings().forEach(w -> warn(w, role.equals("participants") ? null : w));
    }

    /** How the file was read (format, delimiter, encoding), e.g. "CSV ';' Windows-1252"; "" when not said. */
    public String readAs() {
        return readAs;
    }

    public void readAs(String description) {
        readAs = description;
    }

    public String role() {
        return role;
    }

    public Path file() {
        return file;
    }

    public long rowsRead() {
        return accepted + rejects.size();
    }

    public long rowsAccepted() {
        return accepted;
    }

    public long rowsRejected() {
        return rejects.size();
    }

    public List<Reject> rejects() {
        return List.copyOf(rejects);
    }

    public List<String> droppedColumns() {
        return List.copyOf(droppedColumns);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
    /** The warnings as reports may show them (see {@link #warn(String, String)}). */
    public List<String> publishedWarnings() {
        return List.copyOf(publishedWarnings);
    }

    public Map<String, Long> rejectsByReason() {
        Map<String, Long> counts = new TreeMap<>();
        rejects.forEach(r -> counts.merge(r.reason(), 1L, Long::sum));
        return counts;
    }
}
