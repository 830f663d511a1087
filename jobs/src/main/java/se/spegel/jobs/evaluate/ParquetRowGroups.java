package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import se.spegel.schema.Columns;
import se.spegel.schema.input.CsvRow;

/**
 * Reads the row groups of a participants file where Spark runs the task, column by column with
 * Parquet's own column readers, into the rows the rules read: the same cells as the driver-side
 * reader gives ({@link ParquetTable}), numbered the same way.
 *
 * <p>Why not Spark's Parquet source: it copies every text cell three times per row (decoding,
 * into its row format, into a Java string) and casts every cell to text. Here each column's
 * distinct values become Java strings once, and the rules then meet the same string instances
 * row after row, whose hash codes are already known. A row group is the unit of work, as it is
 * for Spark's reader.
 */
final class ParquetRowGroups implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Distinct values remembered per column; person_id (unique per row) is not remembered at all. */
    private static final int CACHED_VALUES = 1 << 16;

    /** One row group: its part file, its index there, and the row number of its first row in the whole file. */
    record RowGroup(String part, int index, long firstLine, long rows) implements Serializable {}

    private final String file;
    /** Per column (in column order), the headers it goes by in the parts: usually one, several when parts differ. */
    private final List<List<String>> headers;
    private final List<String> columns;
    private final Map<String, Integer> columnIndex = new HashMap<>();

    /** @param headersByColumn canonical column → the file's headers for it (in column order), the columns to read */
    ParquetRowGroups(Path file, Map<String, List<String>> headersByColumn) {
        this.file = file.toString();
        this.headers = headersByColumn.values().stream().map(List::copyOf).toList();
        this.columns = List.copyOf(headersByColumn.keySet());
        headersByColumn.keySet().forEach(c -> columnIndex.put(c, columnIndex.size()));
    }

    Map<String, Integer> columnIndex() {
        return columnIndex;
    }

    /** The rows of these row groups in order. Parquet's own failures surface as they are thrown (see {@link ParquetParticipantScan#unreadable}). */
    Iterator<CsvRow> rows(Iterator<RowGroup> groups) {
        return new Iterator<>() {
            private GroupRows current;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (!groups.hasNext()) {
                        return false;
                    }
                    current = new GroupRows(groups.next());
                }
                return true;
            }

            @Override
            public CsvRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** The rows of one row group, read from its column chunks. */
    private final class GroupRows {
        private final RowGroup group;
        private final Path path = Path.of(file);
        private final ColumnReader[] readers = new ColumnReader[headers.size()];
        private final ColumnText[] texts = new ColumnText[headers.size()];
        private long row;

        /** Open while its rows are read: the column chunks' pages are decompressed as the readers reach them. */
        private final ParquetFileReader reader;

        GroupRows(RowGroup group) {
            this.group = group;
            try {
                reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                        new org.apache.hadoop.fs.Path(URI.create(group.part())), new Configuration()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                openColumns();
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        private void openColumns() throws IOException {
            MessageType schema = reader.getFooter().getFileMetaData().getSchema();
            String[] present = new String[headers.size()];
            List<Type> wanted = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                present[i] = headers.get(i).stream().filter(schema::containsField).findFirst().orElse(null);
                if (present[i] != null) {
                    wanted.add(schema.getType(present[i]));
                }
            }
            MessageType projection = new MessageType(schema.getName(), wanted);
            reader.setRequestedSchema(projection);
            ColumnReadStoreImpl store = new ColumnReadStoreImpl(reader.readRowGroup(group.index()),
                    new IgnoringConverter(), projection, reader.getFooter().getFileMetaData().getCreatedBy());
            for (int i = 0; i < headers.size(); i++) {
                if (present[i] != null) {
                    ColumnDescriptor column = projection.getColumnDescription(new String[] {present[i]});
                    readers[i] = store.getColumnReader(column);
                    texts[i] = new ColumnText(column, !columns.get(i).equals(Columns.PERSON_ID));
                }
            }
        }

        boolean hasNext() {
            if (row < group.rows()) {
                return true;
            }
            close();
            return false;
        }

        private void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        CsvRow next() {
            String[] values = new String[readers.length];
            Arrays.fill(values, "");
            for (int i = 0; i < readers.length; i++) {
                if (readers[i] != null) {
                    values[i] = texts[i].read(readers[i]);
                }
            }
            row++;
            return CsvRow.of(path, group.firstLine() + row, columnIndex, Arrays.asList(values));
        }
    }

    /**
     * One column's cells as text, as {@link org.apache.parquet.example.data.Group#getValueToString}
     * gives them to the driver-side reader (null: blank); each distinct value converted once.
     */
    private static final class ColumnText {
        private final ColumnDescriptor column;
        private final Map<Object, String> known;
        /**
         * A dictionary-encoded page hands out the same Binary instance for every row with the same
         * value: found by identity, it needs neither hashing nor comparing its bytes.
         */
        private final Map<Object, String> knownInstances;

        ColumnText(ColumnDescriptor column, boolean remember) {
            this.column = column;
            this.known = remember ? new HashMap<>() : null;
            this.knownInstances = remember ? new java.util.IdentityHashMap<>() : null;
        }

        String read(ColumnReader reader) {
            if (reader.getCurrentDefinitionLevel() < column.getMaxDefinitionLevel()) {
                reader.consume();
                return "";
            }
            Object value = switch (column.getPrimitiveType().getPrimitiveTypeName()) {
                case INT32 -> reader.getInteger();
                case INT64 -> reader.getLong();
                case FLOAT -> reader.getFloat();
                case DOUBLE -> reader.getDouble();
                case BOOLEAN -> reader.getBoolean();
                default -> reader.getBinary();
            };
            reader.consume();
            if (known == null) {
                return text(value);
            }
            String text = value instanceof Binary ? knownInstances.get(value) : null;
            if (text == null) {
                text = known.get(value);
                if (text == null) {
                    text = text(value);
                    if (known.size() < CACHED_VALUES) {
                        known.put(value instanceof Binary binary ? binary.copy() : value, text);
                    }
                }
                if (value instanceof Binary binary && !binary.isBackingBytesReused()
                        && knownInstances.size() < CACHED_VALUES) {
                    knownInstances.put(value, text);
                }
            }
            return text;
        }

        private static String text(Object value) {
            return value instanceof Binary binary ? binary.toStringUsingUTF8() : String.valueOf(value);
        }
    }

    /** Column readers want a record converter; values are taken from the readers directly, so it ignores them. */
    private static final class IgnoringConverter extends GroupConverter {
        private final PrimitiveConverter ignore = new PrimitiveConverter() {};

        @Override
        public Converter getConverter(int fieldIndex) {
            return ignore;
        }

        @Override
        public void start() {}

        @Override
        public void end() {}
    }
}
