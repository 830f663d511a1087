package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import se.spegel.schema.config.DimensionSource;
import se.spegel.schema.config.SpegelConfig;

/**
 * Reads participants: one row per person per process. Row-level problems (unknown
 * process, duplicate person, implausible age, unknown stage) reject the row with a reason;
 * a cell of the wrong type (a non-number in age) stops the run naming file, line and column.
 */
public final class ParticipantsReader {
    /** Formats a participants file can come in: any table format, and Pabulib's .pb. */
    public static final Set<InputFormat> FORMATS =
            Set.of(InputFormat.CSV, InputFormat.XLSX, InputFormat.PARQUET, InputFormat.PABULIB);

    private final SpegelConfig config;
    private final Map<String, ProcessRow> processes;
    private final List<String> dimensionColumns = new ArrayList<>();
    private final Set<String> seenPersons = new HashSet<>();
    private InputLedger ledger;
    private ParticipantRules rules;
    /** Rejected cells of accepted rows per column, and the line of each column's first. */
    private final Map<String, Long> rejectedCells = new java.util.TreeMap<>();

    private final Map<String, Long> firstRejectedCell = new java.util.TreeMap<>();

    public ParticipantsReader(SpegelConfig config, Map<String, ProcessRow> processes) {
        this.config = config;
        this.processes = processes;
    }

    /** Reads the file, handing each accepted participant to {@code sink}; returns the ledger. */
    public InputLedger read(Path file, Consumer<ParticipantRow> sink) {
        return read(file, TableOpener::openText, sink);
    }

    /** Reads the file in whatever table format {@code opener} reads it (CSV, Excel, Parquet). */
    public InputLedger read(Path file, TableOpener opener, Consumer<ParticipantRow> sink) {
        ledger = new InputLedger("participants", file);
        try (RowSource input = opener.open(file, spec(), config)) {
            ledger.noteSource(input);
            useDimensionColumns(input.columns());
            input.forEach(
                    row -> accept(row, sink),
                    (line, column, reason, detail) -> ledger.reject(line, null, reason, detail));
        }
        return warned();
    }

    /**
     * Reads participants that arrive as rows of another format (a Pabulib file's voters),
     * under the same rules as a CSV file's rows.
     */
    public InputLedger read(Path file, List<String> columns, Iterable<CsvRow> rows, Consumer<ParticipantRow> sink) {
        ledger = new InputLedger("participants", file);
        useDimensionColumns(columns);
        rows.forEach(row -> accept(row, sink));
        return warned();
    }

    private InputLedger warned() {
        RejectedCells.warning(rejectedCells, firstRejectedCell).ifPresent(ledger::warn);
        rejectedCells.clear();
        firstRejectedCell.clear();
        return warnWhenNothingToCompare(ledger);
    }

    /**
     * Says so when nothing is left to compare, so that an empty result is never silent (also for
     * participants that Spark's executors judged).
     */
    public static InputLedger warnWhenNothingToCompare(InputLedger ledger) {
        if (ledger.rowsRead() == 0) {
            ledger.warn("the file has a header but no participants: every comparison will be empty");
        } else if (ledger.rowsAccepted() == 0) {
            ledger.warn(
                    "no participant was accepted: all " + ledger.rowsRead()
                            + " rows were rejected (see rejects/), every comparison will be empty",
                    "no participant was accepted: every row was rejected, every comparison is empty");
        }
        return ledger;
    }

    private void useDimensionColumns(List<String> columns) {
        config.dimensions().values().stream()
                .filter(d -> d.source() == DimensionSource.COLUMN && columns.contains(d.code()))
                .filter(d -> !dimensionColumns.contains(d.code())) // several files: each column once
                .forEach(d -> dimensionColumns.add(d.code()));
        rules = new ParticipantRules(config, processes, dimensionColumns);
    }

    /** The rules for the columns of the file last read (for reading its rows elsewhere, e.g. on Spark). */
    public ParticipantRules rules(List<String> columns) {
        dimensionColumns.clear();
        useDimensionColumns(columns);
        return rules;
    }

    private void accept(CsvRow row, Consumer<ParticipantRow> sink) {
        ParticipantRow participant = toParticipant(row);
        if (participant != null) {
            for (String column : rules.rejectedCells(row)) {
                rejectedCells.merge(column, 1L, Long::sum);
                firstRejectedCell.putIfAbsent(column, row.line());
            }
            ledger.accept();
            sink.accept(participant);
        }
    }

    /** The column dimensions this file carried (after reading). */
    public List<String> dimensionColumns() {
        return List.copyOf(dimensionColumns);
    }

    /** What a participants table must look like: its known and required columns; identifiers are dropped. */
    public TableSpec spec() {
        return new TableSpec("participants", knownColumns(), PARTICIPANTS_REQUIRED, true);
    }

    /** The participant columns this reader knows (aliases resolve to these). */
    public List<String> knownColumns() {
        List<String> known = new ArrayList<>(PARTICIPANT_NON_DIMENSIONS);
        config.dimensions().values().stream()
                .filter(d -> d.source() == DimensionSource.COLUMN)
                .forEach(d -> known.add(d.code()));
        return known;
    }

    private ParticipantRow toParticipant(CsvRow row) {
        Reject identity = rules.identityReject(row);
        if (identity != null) {
            return reject(identity);
        }
        if (!seenPersons.add(ParticipantRules.identityKey(row))) {
            return reject(rules.duplicateReject(row));
        }
        ParticipantRules.Verdict verdict = rules.judge(row);
        return verdict.reject() == null ? verdict.participant() : reject(verdict.reject());
    }

    private ParticipantRow reject(Reject reject) {
        ledger.reject(reject.line(), reject.column(), reject.reason(), reject.detail());
        return null;
    }
}
