package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.DirectIdentifiers;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.RowSource;

/**
 * An input table in a Parquet file (or a folder of Parquet part files, as Spark writes them),
 * read row by row on the driver into the same rows a CSV file gives, so that one set of rules
 * applies to both. Row numbers take the place of line numbers in messages.
 *
 * <p>The columns are known from the footers; the rows are read by Parquet's own record reader,
 * each cell turned into the text Spark would give it ({@link ParquetCellText}), and streamed to
 * the reader's rules one at a time, never held: a national population table has millions of rows.
 * Participants, the one large input, are read by Spark on the executors instead.
 */
final class ParquetTable implements RowSource {
    private final Path file;
    private final List<String> columns = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    /** Canonical column → the headers it has in the parts (in column order). */
    private final Map<String, List<String>> headersByColumn = new LinkedHashMap<>();

    private ParquetTable(Path file) {
        this.file = file;
    }

    /**
     * Reads the footers of the file's parts.
     *
     * @param known the contract's columns, which aliases resolve to
     * @param dropIdentifiers whether to leave out columns named like direct identifiers
     */
    static ParquetTable open(Path file, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        try {
            ParquetTable table = new ParquetTable(file);
            for (Path part : parts(file)) {
                table.readFooter(part, known, aliases, dropIdentifiers);
            }
            return table;
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** The one-line message for a file Parquet's reader gave up on (truncated, corrupt, not Parquet at all). */
    static InputException unreadable(Path file, Exception e) {
        if (e instanceof java.io.UncheckedIOException unchecked) {
            return unreadable(file, unchecked.getCause());
        }
        // Hadoop names the file by its full URI; the message names it already
        String reason = String.valueOf(e.getMessage())
                .replaceAll("file:\\S*", "the file")
                .replaceAll("\\s+", " ");
        return InputException.ofFile(file, "cannot be read as Parquet: " + reason);
    }

    static List<Path> parts(Path file) throws IOException {
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        try (Stream<Path> listing = Files.list(file)) {
            List<Path> parts = listing.filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .sorted()
                    .toList();
            if (parts.isEmpty()) {
                throw InputException.ofFile(file, "folder has no .parquet files");
            }
            return parts;
        }
    }

    private void readFooter(Path part, List<String> known, ColumnAliases aliases, boolean dropIdentifiers)
            throws IOException {
        if (Files.size(part) == 0) {
            throw InputException.ofFile(part, "file is empty (0 bytes); expected Parquet");
        }
        try (ParquetFileReader footer = ParquetFileReader.open(hadoopFile(part))) {
            for (Type field : footer.getFooter().getFileMetaData().getSchema().getFields()) {
                keep(field.getName(), known, aliases, dropIdentifiers);
            }
        }
    }

    private void keep(String header, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        String column = aliases.canonical(header, known);
        if (dropIdentifiers && !known.contains(column) && DirectIdentifiers.isIdentifyingHeader(column)) {
            if (!dropped.contains(header)) {
                dropped.add(header);
            }
            return;
        }
        if (!headersByColumn.containsKey(column)) {
            columns.add(column);
        }
        List<String> headers = headersByColumn.computeIfAbsent(column, c -> new ArrayList<>());
        if (!headers.contains(header)) {
            headers.add(header);
        }
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public List<String> columns() {
        return List.copyOf(columns);
    }

    @Override
    public List<String> droppedIdentifierColumns() {
        return List.copyOf(dropped);
    }

    @Override
    public String description() {
        return "Parquet";
    }

    /** Every row in part order; a cell the part lacks or holds null reads as blank. */
    @Override
    public void forEach(Consumer<CsvRow> rows, MalformedRow malformed) {
        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        headersByColumn.keySet().forEach(c -> columnIndex.put(c, columnIndex.size()));
        long line = 0;
        try {
            for (Path part : parts(file)) {
                try (ParquetReader<Group> reader = ParquetReader.builder(
                                new GroupReadSupport(), new org.apache.hadoop.fs.Path(part.toUri()))
                        .withConf(new Configuration())
                        .build()) {
                    int[] fields = null;
                    for (Group row = read(reader); row != null; row = read(reader)) {
                        if (fields == null) {
                            fields = fieldsOf(row.getType());
                        }
                        List<String> values = new ArrayList<>(fields.length);
                        for (int field : fields) {
                            values.add(field < 0 ? "" : ParquetCellText.of(row, field));
                        }
                        rows.accept(CsvRow.of(file, ++line, columnIndex, values));
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The next row; Parquet's own failures (a corrupt page) as the one-line message, the rules' not caught here. */
    private Group read(ParquetReader<Group> reader) {
        try {
            return reader.read();
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** Per column (in column order), the index of its field in this part; -1 where the part lacks it. */
    private int[] fieldsOf(org.apache.parquet.schema.GroupType schema) {
        return headersByColumn.values().stream()
                .mapToInt(headers -> headers.stream()
                        .filter(schema::containsField)
                        .findFirst()
                        .map(schema::getFieldIndex)
                        .orElse(-1))
                .toArray();
    }

    private static HadoopInputFile hadoopFile(Path part) throws IOException {
        return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), new Configuration());
    }
}
