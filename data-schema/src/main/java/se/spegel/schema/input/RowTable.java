package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * An input table held in memory, from a format that is not CSV (an Excel sheet, Parquet): its rows
 * are handed out as {@link CsvRow}s, so that every reader's rules apply exactly as for a CSV file.
 * The {@link Builder} resolves header aliases and leaves out columns of direct identifiers, by
 * header and by content, as the CSV reader does.
 */
public final class RowTable implements RowSource {
    private static final int CONTENT_SAMPLE = 200;

    private final Path file;
    private final List<String> columns;
    private final List<CsvRow> rows;
    private final List<String> dropped;
    private final List<String> warnings;
    private final String description;

    private RowTable(
            Path file,
            List<String> columns,
            List<CsvRow> rows,
            List<String> dropped,
            List<String> warnings,
            String description) {
        this.file = file;
        this.columns = List.copyOf(columns);
        this.rows = rows;
        this.dropped = List.copyOf(dropped);
        this.warnings = List.copyOf(warnings);
        this.description = description;
    }

    /** Rows already read into named cells (e.g. from Parquet), under the table's required columns. */
    public static RowTable of(
            Path file,
            List<String> columns,
            List<CsvRow> rows,
            List<String> dropped,
            List<String> required,
            String description) {
        RowSource.requireColumns(file, columns, required);
        return new RowTable(file, columns, rows, dropped, List.of(), description);
    }

    public static Builder builder(Path file, TableSpec spec, ColumnAliases aliases) {
        return new Builder(file, spec, aliases);
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public List<String> droppedIdentifierColumns() {
        return dropped;
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void forEach(Consumer<CsvRow> consumer, MalformedRow malformed) {
        rows.forEach(consumer);
    }

    /**
     * Collects the non-blank rows of a sheet, then finds the header among them: the first row that
     * names a required column (a title above the list is common), else the first row.
     */
    public static final class Builder {
        private static final int HEADER_SEARCH = 10;
        private final Path file;
        private final TableSpec spec;
        private final ColumnAliases aliases;
        private final List<String> warnings = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();
        private final List<List<String>> cells = new ArrayList<>();
        private String description = "";

        private Builder(Path file, TableSpec spec, ColumnAliases aliases) {
            this.file = file;
            this.spec = spec;
            this.aliases = aliases;
        }

        /** A non-blank row: its cells from column A on (blank cells as ""), numbered as the sheet numbers it. */
        public Builder row(long line, List<String> rowCells) {
            lines.add(line);
            cells.add(rowCells);
            return this;
        }

        public Builder description(String text) {
            this.description = text;
            return this;
        }

        public RowTable build() {
            if (cells.isEmpty()) {
                throw InputException.ofFile(file, "the sheet is empty; expected a header row with column names");
            }
            int headerRow = headerRow();
            if (headerRow > 0) {
                warnings.add("row" + (headerRow == 1 ? " " : "s ")
                        + lines.subList(0, headerRow).stream()
                                .map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(", "))
                        + " above the header row " + lines.get(headerRow) + (headerRow == 1 ? " is" : " are")
                        + " not read");
            }
            Header header = new Header(lines.get(headerRow), cells.get(headerRow));
            List<List<String>> data = cells.subList(headerRow + 1, cells.size());
            List<Long> dataLines = lines.subList(headerRow + 1, lines.size());
            header.resolve(data);
            RowSource.requireColumns(file, header.columns, spec.required());
            warnStray(header.width(), data);
            List<String> letters =
                    header.sources.stream().map(Builder::columnLetters).toList();
            List<CsvRow> rows = new ArrayList<>(data.size());
            for (int r = 0; r < data.size(); r++) {
                List<String> row = data.get(r);
                List<String> values =
                        header.sources.stream().map(i -> cell(row, i)).toList();
                rows.add(new CsvRow(file, dataLines.get(r), header.index, values, letters));
            }
            return new RowTable(file, header.columns, rows, header.dropped, warnings, description);
        }

        private int headerRow() {
            for (int r = 0; r < Math.min(HEADER_SEARCH, cells.size()); r++) {
                boolean names = cells.get(r).stream()
                        .anyMatch(c -> spec.required().contains(aliases.canonical(c, spec.known())));
                if (names) {
                    return r;
                }
            }
            return 0;
        }

        /** The header's columns: aliases resolved, identifier columns left out by name or by content. */
        private final class Header {
            final long line;
            final List<String> names;
            final Map<String, Integer> index = new HashMap<>();
            final List<String> columns = new ArrayList<>();
            final List<Integer> sources = new ArrayList<>();
            final List<String> dropped = new ArrayList<>();

            Header(long line, List<String> names) {
                this.line = line;
                this.names = names;
            }

            int width() {
                return names.size();
            }

            void resolve(List<List<String>> data) {
                for (int i = 0; i < names.size(); i++) {
                    String written = names.get(i).strip();
                    if (written.isEmpty()) {
                        warnUnnamed(i, data);
                        continue;
                    }
                    String name = aliases.canonical(written, spec.known());
                    if (spec.dropIdentifiers()
                            && !spec.known().contains(name)
                            && (DirectIdentifiers.isIdentifyingHeader(name)
                                    || DirectIdentifiers.isIdentifyingContent(sample(data, i)))) {
                        dropped.add(written);
                        continue;
                    }
                    if (index.putIfAbsent(name, columns.size()) != null) {
                        throw InputException.atCell(
                                file,
                                line,
                                i + 1,
                                columnLetters(i) + line,
                                name,
                                "duplicate column '" + name + "' (also column "
                                        + columnLetters(sources.get(index.get(name))) + ")");
                    }
                    columns.add(name);
                    sources.add(i);
                }
            }

            /** A column without a header name is not read; say so when it holds anything. */
            private void warnUnnamed(int column, List<List<String>> data) {
                long filled = data.stream()
                        .filter(row -> !cell(row, column).isBlank())
                        .count();
                if (filled > 0) {
                    warnings.add("column " + columnLetters(column) + " has no name in the header row (row " + line
                            + "): its " + filled + " values are not read");
                }
            }
        }

        /** Says which columns right of the header held values that are not read. */
        private void warnStray(int width, List<List<String>> data) {
            java.util.TreeSet<Integer> stray = new java.util.TreeSet<>();
            for (List<String> row : data) {
                for (int c = width; c < row.size(); c++) {
                    if (!row.get(c).isBlank()) {
                        stray.add(c);
                    }
                }
            }
            if (!stray.isEmpty()) {
                warnings.add("column" + (stray.size() == 1 ? " " : "s ")
                        + String.join(
                                ", ", stray.stream().map(Builder::columnLetters).toList())
                        + " right of the header row hold values but have no column name: not read");
            }
        }

        private static List<String> sample(List<List<String>> data, int column) {
            return data.stream()
                    .limit(CONTENT_SAMPLE)
                    .map(row -> cell(row, column))
                    .toList();
        }

        private static String cell(List<String> row, int column) {
            return column < row.size() && row.get(column) != null ? row.get(column) : "";
        }

        /** Spreadsheet column letters: 0 is A, 25 is Z, 26 is AA. */
        static String columnLetters(int column) {
            StringBuilder letters = new StringBuilder();
            for (int n = column + 1; n > 0; n = (n - 1) / 26) {
                letters.insert(0, (char) ('A' + (n - 1) % 26));
            }
            return letters.toString();
        }
    }
}
