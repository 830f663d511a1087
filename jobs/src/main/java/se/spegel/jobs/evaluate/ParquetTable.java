package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.DirectIdentifiers;
import se.spegel.schema.input.InputException;

/**
 * An input table in a Parquet file (or a folder of Parquet part files, as Spark writes them),
 * read row by row on the driver into the same rows a CSV file gives, so that one set of rules
 * applies to both. Row numbers take the place of line numbers in messages.
 *
 * @param dropped headers of columns left out because their name says they hold direct identifiers
 */
record ParquetTable(List<String> columns, List<CsvRow> rows, List<String> dropped) {

    /**
     * @param known the contract's columns, which aliases resolve to
     * @param dropIdentifiers whether to leave out columns named like direct identifiers
     */
    static ParquetTable read(Path file, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        ParquetTable table = new ParquetTable(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        try {
            for (Path part : parts(file)) {
                table.readPart(part, file, known, aliases, dropIdentifiers);
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw unreadable(file, e);
        }
        return table;
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

    private void readPart(Path part, Path file, List<String> known, ColumnAliases aliases, boolean dropIdentifiers)
            throws IOException {
        if (Files.size(part) == 0) {
            throw InputException.ofFile(part, "file is empty (0 bytes); expected Parquet");
        }
        try (ParquetReader<Group> parquet = ParquetReader
                .builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(part.toUri()))
                .withConf(new Configuration()).build()) {
            Group group;
            while ((group = parquet.read()) != null) {
                rows.add(CsvRow.of(file, rows.size() + 1L, cells(group, known, aliases, dropIdentifiers)));
            }
        }
    }

    private Map<String, String> cells(Group group, List<String> known, ColumnAliases aliases, boolean dropIdentifiers) {
        GroupType type = group.getType();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < type.getFieldCount(); i++) {
            String header = type.getFieldName(i);
            String column = aliases.canonical(header, known);
            if (dropIdentifiers && !known.contains(column) && DirectIdentifiers.isIdentifyingHeader(column)) {
                if (!dropped.contains(header)) {
                    dropped.add(header);
                }
                continue;
            }
            if (!columns.contains(column)) {
                columns.add(column);
            }
            cells.put(column, group.getFieldRepetitionCount(i) == 0 ? null : group.getValueToString(i, 0));
        }
        return cells;
    }
}
