package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.apache.parquet.schema.MessageType;
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
 * <p>The columns are known from the footers; the rows are streamed to the reader's rules one at
 * a time and never held: a national population table has millions of rows, and holding them
 * as cells as well as the rows made of them doubled the heap and the collector's work.
 */
final class ParquetTable implements RowSource {
    private final Path file;
    private final List<Path> parts;
    private final List<String> columns = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new LinkedHashMap<>();
    /** Per part: the column each of its fields fills, -1 for a field left out. */
    private final List<int[]> fieldColumns = new ArrayList<>();

    private ParquetTable(Path file, List<Path> parts) {
        this.file = file;
        this.parts = parts;
    }

    /**
     * Reads the footers of the file's parts.
     *
     * @param known the contract's columns, which aliases resolve to
     * @param dropIdentifiers whether to leave out columns named like direct identifiers
     */
    static ParquetTable open(Path file, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        try {
            ParquetTable table = new ParquetTable(file, parts(file));
            for (Path part : table.parts) {
                table.fieldColumns.add(table.fieldColumns(schema(part), known, aliases, dropIdentifiers));
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
        // Hadoop names the file by its full URI; the message names it already
        String reason = String.valueOf(e.getMessage()).replaceAll("file:\\S*", "the file").replaceAll("\\s+", " ");
        return InputException.ofFile(file, "cannot be read as Parquet: " + reason);
    }

    static List<Path> parts(Path file) throws IOException {
        if (!Files.isDirectory(file)) {
            return List.of(file);
        }
        try (Stream<Path> listing = Files.list(file)) {
            List<Path> parts = listing.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
            if (parts.isEmpty()) {
                throw InputException.ofFile(file, "folder has no .parquet files");
            }
            return parts;
        }
    }

    private static MessageType schema(Path part) throws IOException {
        if (Files.size(part) == 0) {
            throw InputException.ofFile(part, "file is empty (0 bytes); expected Parquet");
        }
        try (ParquetFileReader footer = ParquetFileReader.open(hadoopFile(part))) {
            return footer.getFooter().getFileMetaData().getSchema();
        }
    }

    private int[] fieldColumns(MessageType schema, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        int[] target = new int[schema.getFieldCount()];
        for (int i = 0; i < target.length; i++) {
            String header = schema.getFieldName(i);
            String column = aliases.canonical(header, known);
            if (dropIdentifiers && !known.contains(column) && DirectIdentifiers.isIdentifyingHeader(column)) {
                if (!dropped.contains(header)) {
                    dropped.add(header);
                }
                target[i] = -1;
                continue;
            }
            if (!columnIndex.containsKey(column)) {
                columnIndex.put(column, columns.size());
                columns.add(column);
            }
            target[i] = columnIndex.get(column);
        }
        return target;
    }

    @Override public Path file() { return file; }
    @Override public List<String> columns() { return List.copyOf(columns); }
    @Override public List<String> droppedIdentifierColumns() { return List.copyOf(dropped); }
    @Override public String description() { return "Parquet"; }

    /** Every row in part order; a cell the part lacks or holds null reads as blank. */
    @Override
    public void forEach(Consumer<CsvRow> rows, MalformedRow malformed) {
        long line = 0;
        for (int p = 0; p < parts.size(); p++) {
            try (ParquetReader<Group> reader = reader(parts.get(p))) {
                Group group;
                while ((group = next(reader)) != null) {
                    rows.accept(CsvRow.of(file, ++line, columnIndex, cells(group, fieldColumns.get(p))));
                }
            } catch (IOException e) {
                throw unreadable(file, e);
            }
        }
    }

    private List<String> cells(Group group, int[] target) {
        String[] values = new String[columns.size()];
        Arrays.fill(values, "");
        for (int i = 0; i < target.length; i++) {
            if (target[i] >= 0 && group.getFieldRepetitionCount(i) > 0) {
                values[target[i]] = group.getValueToString(i, 0);
            }
        }
        return Arrays.asList(values);
    }

    private ParquetReader<Group> reader(Path part) throws IOException {
        try {
            return ParquetReader.builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(part.toUri()))
                    .withConf(new Configuration()).build();
        } catch (RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    /** The next row; Parquet's failures (a corrupt page) become the one-line message, the rules' own do not. */
    private Group next(ParquetReader<Group> reader) {
        try {
            return reader.read();
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
    }

    private static HadoopInputFile hadoopFile(Path part) throws IOException {
        return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), new Configuration());
    }
}
