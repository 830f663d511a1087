package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.DirectIdentifiers;
import se.spegel.schema.input.InputException;

/**
 * A participants file in Parquet, inspected on the driver from its footers only: the parts,
 * the row number each part starts at (so that messages number rows as the driver-side reader
 * does), and which columns the rules will see. The rows themselves are read by Spark on the
 * executors ({@link SparkParticipantScan}).
 *
 * @param rowsBefore per part (by file name), the rows of the parts before it in name order
 * @param headerByColumn canonical column → the file's own header, for the columns Spegel knows
 * @param columns every canonical column of the file, in file order (identifier columns left out)
 * @param dropped headers left out because their name says they hold direct identifiers
 */
record ParquetParticipants(Path file, List<Path> parts, Map<String, Long> rowsBefore,
                           Map<String, String> headerByColumn, List<String> columns, List<String> dropped) {

    static ParquetParticipants inspect(Path file, List<String> known, ColumnAliases aliases) {
        try {
            List<Path> parts = ParquetTable.parts(file);
            Map<String, Long> rowsBefore = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            List<String> columns = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            long rows = 0;
            for (Path part : parts) {
                if (Files.size(part) == 0) {
                    throw InputException.ofFile(part, "file is empty (0 bytes); expected Parquet");
                }
                try (ParquetFileReader reader = ParquetFileReader.open(
                        HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), new Configuration()))) {
                    rowsBefore.put(part.getFileName().toString(), rows);
                    rows += reader.getRecordCount();
                    for (Type field : reader.getFooter().getFileMetaData().getSchema().getFields()) {
                        String header = field.getName();
                        String column = aliases.canonical(header, known);
                        if (!known.contains(column) && DirectIdentifiers.isIdentifyingHeader(column)) {
                            addOnce(dropped, header);
                        } else {
                            addOnce(columns, column);
                            if (known.contains(column)) {
                                headers.putIfAbsent(column, header);
                            }
                        }
                    }
                }
            }
            return new ParquetParticipants(file, parts, rowsBefore, headers, columns, dropped);
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ParquetTable.unreadable(file, e);
        }
    }

    private static void addOnce(List<String> list, String value) {
        if (!list.contains(value)) {
            list.add(value);
        }
    }
}
