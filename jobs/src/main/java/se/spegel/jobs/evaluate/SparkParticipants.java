package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.Type;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.io.HadoopPaths;
import se.spegel.jobs.io.SparkSources;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.DirectIdentifiers;
import se.spegel.schema.input.InputException;

/**
 * A participants source that Spark reads where it lies: a Parquet file or folder of parts on any
 * Hadoop file system (inspected here from its footers only: the parts, the row number each part
 * starts at, so that messages number rows as the driver-side reader does, and the columns), or
 * any other Spark data source ({@code orc:…}, {@code table:db.name}, {@link SparkSources}), whose
 * columns Spark itself tells once a session runs ({@link #resolved}).
 *
 * @param file what messages, rejects and run.json name
 * @param source the Spark data source; null for Parquet
 * @param parts the Parquet part files (URIs) in name order
 * @param rowsBefore per part (by file name), the rows of the parts before it
 * @param headerByColumn canonical column → the source's own header, for the columns Spegel knows
 * @param columns every canonical column of the source, in its order (identifier columns left out)
 * @param dropped headers left out because their name says they hold direct identifiers
 */
record SparkParticipants(
        Path file,
        SparkSources.Source source,
        List<String> parts,
        Map<String, Long> rowsBefore,
        Map<String, String> headerByColumn,
        List<String> columns,
        List<String> dropped) {

    boolean isParquet() {
        return source == null;
    }

    /** A data source not yet looked at: its columns come from Spark ({@link #resolved}). */
    static SparkParticipants unresolved(Path file, SparkSources.Source source) {
        return new SparkParticipants(file, source, List.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /** Whether its columns are known (Parquet always; a data source after {@link #resolved}). */
    boolean isResolved() {
        return isParquet() || !headerByColumn.isEmpty();
    }

    /** The data source's rows as Spark reads them. */
    Dataset<Row> read(SparkSession spark) {
        return source.format().equals(SparkSources.TABLE)
                ? spark.table(source.location())
                : spark.read().format(source.format()).load(source.location());
    }

    /** A data source with its columns as Spark reads them; Parquet as it is. */
    SparkParticipants resolved(SparkSession spark, List<String> known, ColumnAliases aliases) {
        if (isResolved()) {
            return this;
        }
        Columns found = new Columns(known, aliases);
        try {
            Arrays.stream(read(spark).schema().fieldNames()).forEach(found::add);
        } catch (Exception e) { // Spark's AnalysisException (checked, undeclared) and the like: no such table, path,
            // format
            throw InputException.ofFile(
                    file,
                    "cannot be read by Spark: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        return new SparkParticipants(file, source, parts, rowsBefore, found.headers, found.columns, found.dropped);
    }

    /** A Parquet file or folder of parts, by its location (a path or a Hadoop URI), from its footers. */
    static SparkParticipants inspect(Path file, String location, List<String> known, ColumnAliases aliases) {
        try {
            org.apache.hadoop.fs.Path root = new org.apache.hadoop.fs.Path(location);
            try (FileSystem fs = HadoopPaths.fileSystem(root.toUri())) {
                List<String> parts = new ArrayList<>();
                Map<String, Long> rowsBefore = new LinkedHashMap<>();
                Columns found = new Columns(known, aliases);
                long rows = 0;
                boolean folder = fs.exists(root) && fs.getFileStatus(root).isDirectory();
                for (FileStatus part : parts(fs, root, file)) {
                    if (part.getLen() == 0) {
                        throw InputException.ofFile(
                                folder ? file.resolve(part.getPath().getName()) : file,
                                "file is empty (0 bytes); expected Parquet");
                    }
                    try (ParquetFileReader reader =
                            ParquetFileReader.open(HadoopInputFile.fromStatus(part, fs.getConf()))) {
                        parts.add(part.getPath().toString());
                        rowsBefore.put(part.getPath().getName(), rows);
                        rows += reader.getRecordCount();
                        reader.getFooter().getFileMetaData().getSchema().getFields().stream()
                                .map(Type::getName)
                                .forEach(found::add);
                    }
                }
                return new SparkParticipants(
                        file, null, parts, rowsBefore, found.headers, found.columns, found.dropped);
            }
        } catch (InputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw ParquetTable.unreadable(file, e);
        }
    }

    private static List<FileStatus> parts(FileSystem fs, org.apache.hadoop.fs.Path root, Path file) throws IOException {
        if (!fs.exists(root)) {
            throw InputException.ofFile(file, "file not found");
        }
        FileStatus status = fs.getFileStatus(root);
        if (!status.isDirectory()) {
            return List.of(status);
        }
        List<FileStatus> parts = Arrays.stream(fs.listStatus(root))
                .filter(p -> p.isFile() && p.getPath().getName().endsWith(".parquet"))
                .sorted(java.util.Comparator.comparing(p -> p.getPath().getName()))
                .toList();
        if (parts.isEmpty()) {
            throw InputException.ofFile(file, "folder has no .parquet files");
        }
        return parts;
    }

    /** The columns of a source as they are met, in order: known ones, others, and identifiers left out. */
    private static final class Columns {
        final List<String> known;
        final ColumnAliases aliases;
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<String> columns = new ArrayList<>();
        final List<String> dropped = new ArrayList<>();

        Columns(List<String> known, ColumnAliases aliases) {
            this.known = known;
            this.aliases = aliases;
        }

        void add(String header) {
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

        private static void addOnce(List<String> list, String value) {
            if (!list.contains(value)) {
                list.add(value);
            }
        }
    }
}
