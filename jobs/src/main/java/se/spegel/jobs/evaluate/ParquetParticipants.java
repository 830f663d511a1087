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
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.schema.GroupType;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.DirectIdentifiers;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;

/**
 * Participants in a Parquet file (or a folder of Parquet part files, as Spark writes them),
 * read row by row and handed to the same rules as a CSV file's rows. Error locations name
 * the row number where a CSV message would name the line.
 */
final class ParquetParticipants {
    private ParquetParticipants() {}

    static boolean isParquet(Path file) {
        return file.getFileName().toString().endsWith(".parquet") || Files.isDirectory(file);
    }

    static InputLedger read(Path file, ParticipantsReader reader, SpegelConfig config, Consumer<ParticipantRow> sink) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        try {
            for (Path part : parts(file)) {
                readPart(part, file, reader, config, rows, columns, dropped);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputException input) {
                throw input;
            }
            throw InputException.ofFile(file, "cannot be read as Parquet: " + e.getMessage());
        }
        InputLedger ledger = reader.read(file, columns, rows, sink);
        if (!dropped.isEmpty()) {
            ledger.dropColumns(dropped);
            ledger.warn("dropped columns with direct identifiers (never used): " + String.join(", ", dropped));
        }
        return ledger;
    }

    private static List<Path> parts(Path file) throws IOException {
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

    private static void readPart(Path part, Path file, ParticipantsReader reader, SpegelConfig config,
                                 List<CsvRow> rows, List<String> columns, List<String> dropped) throws IOException {
        if (Files.size(part) == 0) {
            throw InputException.ofFile(part, "file is empty (0 bytes); expected Parquet");
        }
        try (ParquetReader<Group> parquet = ParquetReader
                .builder(new GroupReadSupport(), new org.apache.hadoop.fs.Path(part.toUri()))
                .withConf(new Configuration()).build()) {
            Group group;
            while ((group = parquet.read()) != null) {
                rows.add(CsvRow.of(file, rows.size() + 1L, cells(group, reader, config, columns, dropped)));
            }
        }
    }

    private static Map<String, String> cells(Group group, ParticipantsReader reader, SpegelConfig config,
                                             List<String> columns, List<String> dropped) {
        GroupType type = group.getType();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < type.getFieldCount(); i++) {
            String header = type.getFieldName(i);
            String column = config.columnAliases().canonical(header, reader.knownColumns());
            if (!reader.knownColumns().contains(column) && DirectIdentifiers.isIdentifyingHeader(column)) {
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
