package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV input the way Swedish users produce it: header row required, delimiter
 * {@code ,} {@code ;} or tab detected from the header, UTF-8 with or without BOM or
 * Windows-1252, column names case-insensitive with aliases. Structural problems of the
 * whole file throw {@link InputException}; a row with the wrong number of cells is handed
 * to the malformed-row callback so that it is rejected, not lost.
 */
public final class CsvInput implements RowSource {
    private final Path file;
    private final TextEncoding encoding;
    private final char delimiter;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex;
    private final List<String> droppedIdentifierColumns;
    private final int headerWidth;
    private long previousEndLine;
    /** Records read ahead to look at the content of the columns, replayed first by forEach. */
    private final java.util.ArrayDeque<Map.Entry<Long, CSVRecord>> readAhead = new java.util.ArrayDeque<>();

    private static final int CONTENT_SAMPLE = 200;

    private CsvInput(
            Path file,
            TextEncoding encoding,
            char delimiter,
            CSVParser parser,
            List<String> header,
            List<String> known,
            ColumnAliases aliases,
            boolean dropIdentifiers) {
        this.file = file;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.parser = parser;
        this.records = parser.iterator();
        this.headerWidth = header.size();
        this.columns = new ArrayList<>();
        this.columnIndex = new HashMap<>();
        this.droppedIdentifierColumns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = aliases.canonical(header.get(i), known);
            if (name.isEmpty()) {
                throw new InputException(file, 1, i + 1, null, "column " + (i + 1) + " has no name in the header row");
            }
            if (dropIdentifiers && !known.contains(name) && DirectIdentifiers.isIdentifyingHeader(name)) {
                droppedIdentifierColumns.add(header.get(i).strip());
                continue;
            }
            if (columnIndex.putIfAbsent(name, i) != null) {
                throw new InputException(
                        file,
                        1,
                        i + 1,
                        name,
                        "duplicate column '" + name + "' (also column " + (columnIndex.get(name) + 1) + ")");
            }
            columns.add(name);
        }
        this.previousEndLine = parser.getCurrentLineNumber();
        if (dropIdentifiers) {
            dropColumnsWithIdentifyingContent(header, known);
        }
    }

    /** Reads a sample of rows ahead and drops unknown columns whose values are e-mails, personnummer, phones. */
    private void dropColumnsWithIdentifyingContent(List<String> header, List<String> known) {
        try {
            while (readAhead.size() < CONTENT_SAMPLE && records.hasNext()) {
                CSVRecord record = records.next();
                readAhead.add(Map.entry(previousEndLine + 1, record));
                previousEndLine = parser.getCurrentLineNumber();
            }
        } catch (UncheckedIOException e) {
            throw readFailure(file, encoding, previousEndLine + 1, e);
        }
        for (String column : List.copyOf(columns)) {
            int index = columnIndex.get(column);
            List<String> sample = readAhead.stream()
                    .map(Map.Entry::getValue)
                    .filter(r -> r.size() > index)
                    .map(r -> r.get(index))
                    .toList();
            if (!known.contains(column) && DirectIdentifiers.isIdentifyingContent(sample)) {
                columns.remove(column);
                columnIndex.remove(column);
                droppedIdentifierColumns.add(header.get(index).strip());
            }
        }
    }

    /**
     * Opens a file and checks its header.
     *
     * @param known columns of this contract (aliases resolve to these)
     * @param required columns that must be present
     * @param dropIdentifiers whether to drop columns that look like direct identifiers
     */
    public static CsvInput open(
            Path file, List<String> known, List<String> required, ColumnAliases aliases, boolean dropIdentifiers) {
        return open(file, new TableSpec("", known, required, dropIdentifiers), aliases, Optional.empty());
    }

    /**
     * Opens a file as the table {@code spec} describes.
     *
     * @param declared the encoding the user declared (--encoding, spegel.input.encoding); empty: detect it
     */
    public static CsvInput open(Path file, TableSpec spec, ColumnAliases aliases, Optional<Charset> declared) {
        List<String> known = spec.known();
        TextEncoding encoding = null;
        try {
            if (!Files.isRegularFile(file)) {
                throw InputException.ofFile(file, "file not found");
            }
            encoding = TextEncoding.of(file, declared);
            String firstLine = firstLine(file, encoding);
            if (firstLine == null) {
                throw new InputException(file, 1, 0, null, "file is empty; expected a header row with column names");
            }
            if (firstLine.isBlank()) {
                throw new InputException(
                        file, 1, 0, null, "the first line is blank; the header row with column names must come first");
            }
            char delimiter = detectDelimiter(firstLine);
            CSVParser parser = CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(delimiter)
                    // blank lines are skipped in forEach, so that they still count towards line numbers
                    .setIgnoreEmptyLines(false)
                    .get()
                    .parse(reader(file, encoding));
            Iterator<CSVRecord> it = parser.iterator();
            List<String> header = it.next().toList();
            CsvInput input =
                    new CsvInput(file, encoding, delimiter, parser, header, known, aliases, spec.dropIdentifiers());
            input.requireColumns(spec.required(), header);
            return input;
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw readFailure(file, encoding, 1, e);
        }
    }

    /** Like {@link RowSource#requireColumns}, saying so when the header was split on the wrong delimiter. */
    private void requireColumns(List<String> required, List<String> header) {
        for (String column : required) {
            if (!columnIndex.containsKey(column)) {
                int merged = mergedHeaderCell(header);
                if (merged > 0) {
                    throw new InputException(
                            file,
                            1,
                            merged,
                            null,
                            "missing required column '" + column
                                    + "': the header mixes delimiters ('"
                                    + CsvRow.abbreviate(header.get(merged - 1).strip())
                                    + "' was read as one column); use one of , ; or tab throughout");
                }
                if (header.size() == 1 && header.get(0).strip().matches(".*[^\\p{L}\\p{N}_\\- ].*")) {
                    throw new InputException(
                            file,
                            1,
                            1,
                            null,
                            "missing required column '" + column
                                    + "': the header was read as one single column '"
                                    + CsvRow.abbreviate(header.get(0).strip())
                                    + "'; separate the columns with , ; or tab");
                }
            }
        }
        RowSource.requireColumns(file, columns, required);
    }

    /** 1-based position of a header cell that holds another delimiter (two names read as one), 0 when none. */
    private int mergedHeaderCell(List<String> header) {
        if (header.size() < 2) {
            return 0;
        }
        for (int i = 0; i < header.size(); i++) {
            String cell = header.get(i);
            if (cell.indexOf(';') >= 0 || cell.indexOf(',') >= 0 || cell.indexOf('\t') >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    public List<String> columns() {
        return List.copyOf(columns);
    }

    public List<String> droppedIdentifierColumns() {
        return List.copyOf(droppedIdentifierColumns);
    }

    public char delimiter() {
        return delimiter;
    }

    public TextEncoding encoding() {
        return encoding;
    }

    public Path file() {
        return file;
    }

    @Override
    public List<String> warnings() {
        return encoding.doubts();
    }

    @Override
    public String description() {
        return "CSV '" + (delimiter == '\t' ? "tab" : String.valueOf(delimiter)) + "' " + encoding.describe();
    }

    public boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    /** 1-based position of a column in the header. */
    public int position(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? 0 : index + 1;
    }

    /** Hands every data row to {@code rows}, or to {@code malformed} when its cell count is off. */
    public void forEach(Consumer<CsvRow> rows, MalformedRow malformed) {
        while (!readAhead.isEmpty()) {
            Map.Entry<Long, CSVRecord> ahead = readAhead.poll();
            handle(ahead.getKey(), ahead.getValue(), rows, malformed);
        }
        try {
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = previousEndLine + 1;
                previousEndLine = parser.getCurrentLineNumber();
                handle(line, record, rows, malformed);
            }
        } catch (UncheckedIOException e) {
            throw readFailure(file, encoding, previousEndLine + 1, e);
        }
    }

    private void handle(long line, CSVRecord record, Consumer<CsvRow> rows, MalformedRow malformed) {
        if (record.size() == 1 && record.get(0).isEmpty()) {
            return; // a blank line
        }
        if (record.size() != headerWidth) {
            malformed.reject(
                    line,
                    Math.min(record.size(), headerWidth) + 1,
                    "wrong_cell_count",
                    record.size() + " cells where the header has " + headerWidth);
            return;
        }
        rows.accept(new CsvRow(file, line, columnIndex, record.toList()));
    }

    private static InputException readFailure(Path file, TextEncoding encoding, long line, UncheckedIOException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return new InputException(file, invalidLine(file, encoding, line), 0, null, notValidText(encoding));
        }
        int column = unclosedQuote(file, encoding, line);
        String reason = column > 0
                ? "the quote opened here is never closed; close it or remove it"
                : "cannot be parsed as CSV: " + e.getCause().getMessage().replaceAll("\\s+", " ");
        return new InputException(file, line, column, null, reason);
    }

    /** Where the text stops fitting the encoding: found again from the bytes, since the reader buffered ahead. */
    private static long invalidLine(Path file, TextEncoding encoding, long near) {
        try {
            long line = encoding.firstInvalidLine(file);
            return line > 0 ? line : near;
        } catch (IOException e) {
            return near;
        }
    }

    /** Says which encoding the bytes do not fit and what to try instead. */
    private static String notValidText(TextEncoding encoding) {
        String name = encoding.charset().name();
        String how =
                encoding.declared() ? "the declared encoding" : encoding.hasBom() ? "as its byte-order mark says" : "";
        String hint = encoding.charset().equals(java.nio.charset.StandardCharsets.UTF_8)
                ? "; a file saved by Swedish Excel as CSV is usually Windows-1252: try --encoding windows-1252"
                        + " (spegel.input.encoding = \"windows-1252\")"
                : "; declare the encoding it was saved in with --encoding (spegel.input.encoding)";
        return "text is not valid " + name + (how.isEmpty() ? "" : " (" + how + ")") + " here" + hint;
    }

    /** 1-based column of the quote left open at the end of this line (the record runs on to the end), 0 when none. */
    private static int unclosedQuote(Path file, TextEncoding encoding, long line) {
        try (var in = new java.io.BufferedReader(reader(file, encoding))) {
            String text = in.lines().skip(line - 1).findFirst().orElse("");
            int opened = -1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '"') {
                    opened = opened < 0 ? i : -1;
                }
            }
            return opened + 1;
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static Reader reader(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        return new InputStreamReader(
                in,
                encoding.charset()
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** The header line, only to choose the delimiter: bytes that do not fit the encoding are reported by the parser. */
    private static String firstLine(Path file, TextEncoding encoding) throws IOException {
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(encoding.bomLength());
        try (var lines = new java.io.BufferedReader(new InputStreamReader(in, encoding.charset()))) {
            return lines.readLine();
        }
    }

    /** The most frequent of ; , and tab outside quotes in the header decides; ties go to comma. */
    static char detectDelimiter(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == ',') commas++;
                else if (c == ';') semicolons++;
                else if (c == '\t') tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas && tabs > semicolons) return '\t';
        return ',';
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
