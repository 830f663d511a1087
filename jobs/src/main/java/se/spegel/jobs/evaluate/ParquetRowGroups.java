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
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.page.PageReadStore;
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
 * Reads the row groups of a Parquet file column by column into the rows the rules read, for
 * the driver-side reader ({@link ParquetTable}) and for the coded scan ({@link ParquetBatches}),
 * numbered the same way. Flat columns are read from their pages ({@link TextPages}); Parquet's
 * own column readers ({@link ColumnText}) read the others and are the reference the page
 * readers are tested against.
 *
 * <p>Why not Spark's Parquet source: it copies every text cell three times per row (decoding,
 * into its row format, into a Java string) and casts every cell to text. Here each column's
 * distinct values become Java strings once, and the rules then meet the same string instances
 * row after row, whose hash codes are already known. A row group is the unit that is read, as
 * it is for Spark's reader; a task reads several ({@link RowGroupSlices}).
 */
final class ParquetRowGroups implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Distinct values remembered per column; person_id (unique per row) is not remembered at all. */
    static final int CACHED_VALUES = 1 << 16;

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

    /** Read with Parquet's column readers only (the reference {@link DirectPages} is tested against). */
    private boolean columnReadersOnly;

    ParquetRowGroups withColumnReadersOnly() {
        columnReadersOnly = true;
        return this;
    }

    Map<String, Integer> columnIndex() {
        return columnIndex;
    }

    /** Rows that hold a file open until they are read to the end or closed. */
    interface Rows extends Iterator<CsvRow>, AutoCloseable {
        @Override
        void close();
    }

    /**
     * The rows of these row groups in order. Parquet's own failures surface as they are thrown
     * (see {@link ParquetParticipantScan#unreadable}); the file of a row group is closed when its
     * last row has been read, or by {@link Rows#close} when reading stops early.
     */
    Rows rows(Iterator<RowGroup> groups) {
        return new Rows() {
            private GroupRows current;

            @Override
            public void close() {
                if (current != null) {
                    current.close();
                }
            }

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
        private final OpenGroup<ColumnText> open;
        /** Per column read from its pages ({@link DirectPages}), its reader; null for the others. */
        private final TextPages[] pages = new TextPages[headers.size()];
        private long row;

        GroupRows(RowGroup group) {
            this.group = group;
            this.open = new OpenGroup<>(group, ColumnText[]::new,
                    (column, index) -> new ColumnText(column, remembered(index)), column -> !columnReadersOnly && DirectPages.reads(column));
            for (int i = 0; i < pages.length; i++) {
                ColumnDescriptor column = open.descriptors[i];
                if (column != null && open.readers[i] == null) {
                    pages[i] = new TextPages(column, open.pages.getPageReader(column), remembered(i));
                }
            }
        }

        /** Whether a column's distinct values are remembered: all but person_id, unique per row. */
        private boolean remembered(int index) {
            return !columns.get(index).equals(Columns.PERSON_ID);
        }

        boolean hasNext() {
            if (row < group.rows()) {
                return true;
            }
            close();
            return false;
        }

        void close() {
            open.close();
        }

        CsvRow next() {
            String[] values = new String[open.readers.length];
            Arrays.fill(values, "");
            for (int i = 0; i < open.readers.length; i++) {
                if (pages[i] != null) {
                    values[i] = pages[i].next();
                } else if (open.readers[i] != null) {
                    values[i] = open.converters[i].read(open.readers[i]);
                }
            }
            row++;
            return CsvRow.of(path, group.firstLine() + row, columnIndex, Arrays.asList(values));
        }
    }

    /**
     * A row group's file opened for reading, with a column reader and a converter per column
     * present in its part (null where the part lacks the column), index as in {@link #columnIndex}.
     * The column chunks' pages are decompressed as the readers reach them.
     */
    final class OpenGroup<C extends PrimitiveConverter> {
        final ColumnReader[] readers = new ColumnReader[headers.size()];
        final C[] converters;
        /** Per column present in the part, its description; null where the part lacks it. */
        final ColumnDescriptor[] descriptors = new ColumnDescriptor[headers.size()];
        /** The row group's pages: a column read from them directly ({@code ownPages}) has no reader. */
        PageReadStore pages;
        private final ParquetFileReader reader;
        private final java.util.function.Predicate<ColumnDescriptor> ownPages;
        private boolean closed;

        OpenGroup(RowGroup group, java.util.function.IntFunction<C[]> array,
                  java.util.function.BiFunction<ColumnDescriptor, Integer, C> converter) {
            this(group, array, converter, column -> false);
        }

        OpenGroup(RowGroup group, java.util.function.IntFunction<C[]> array,
                  java.util.function.BiFunction<ColumnDescriptor, Integer, C> converter,
                  java.util.function.Predicate<ColumnDescriptor> ownPages) {
            this.ownPages = ownPages;
            this.converters = array.apply(headers.size());
            try {
                reader = ParquetFileReader.open(HadoopInputFile.fromPath(
                        new org.apache.hadoop.fs.Path(URI.create(group.part())), new Configuration()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                openColumns(group, converter);
            } catch (IOException | RuntimeException e) {
                close();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }

        private void openColumns(RowGroup group, java.util.function.BiFunction<ColumnDescriptor, Integer, C> converter)
                throws IOException {
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
            List<PrimitiveConverter> byField = new ArrayList<>();
            for (int i = 0; i < headers.size(); i++) {
                if (present[i] != null) {
                    descriptors[i] = projection.getColumnDescription(new String[] {present[i]});
                    converters[i] = converter.apply(descriptors[i], i);
                    byField.add(converters[i]);
                }
            }
            pages = reader.readRowGroup(group.index());
            ColumnReadStoreImpl store = new ColumnReadStoreImpl(pages,
                    new FieldConverters(byField), projection, reader.getFooter().getFileMetaData().getCreatedBy());
            for (int i = 0; i < headers.size(); i++) {
                if (descriptors[i] != null && !ownPages.test(descriptors[i])) {
                    readers[i] = store.getColumnReader(descriptors[i]);
                }
            }
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                reader.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * One column's cells as text, as {@link org.apache.parquet.example.data.Group#getValueToString}
     * gives them to the driver-side reader (null: blank). Parquet hands it each value, or for a
     * dictionary-encoded page the value's number in the dictionary: each dictionary entry becomes
     * text once per row group, and other values once per distinct value (except person_id).
     */
    static final class ColumnText extends ParquetCellConverter {
        private final Map<Object, String> known;
        private String[] dictionaryTexts;
        private String current;

        ColumnText(ColumnDescriptor column, boolean remember) {
            super(column);
            this.known = remember ? new HashMap<>() : null;
        }

        String read(ColumnReader reader) {
            return readPresent(reader) ? current : "";
        }

        @Override
        void dictionaryChanged(int entries) {
            this.dictionaryTexts = new String[entries];
        }

        @Override
        public void addValueFromDictionary(int id) {
            String text = dictionaryTexts[id];
            if (text == null) {
                text = dictionaryText(column, dictionary, id);
                dictionaryTexts[id] = text;
            }
            current = text;
        }

        /** A dictionary entry as text, as the value itself would be. */
        static String dictionaryText(ColumnDescriptor column, Dictionary dictionary, int id) {
            return text(switch (column.getPrimitiveType().getPrimitiveTypeName()) {
                case INT32 -> dictionary.decodeToInt(id);
                case INT64 -> dictionary.decodeToLong(id);
                case FLOAT -> dictionary.decodeToFloat(id);
                case DOUBLE -> dictionary.decodeToDouble(id);
                case BOOLEAN -> dictionary.decodeToBoolean(id);
                default -> dictionary.decodeToBinary(id);
            });
        }

        @Override
        void addValue(Object value) {
            current = remembered(value);
        }

        private String remembered(Object value) {
            return remembered(known, value);
        }

        /** A value's text, remembered in {@code known} (null: not remembered) up to {@link #CACHED_VALUES}. */
        static String remembered(Map<Object, String> known, Object value) {
            if (known == null) {
                return text(value);
            }
            String text = known.get(value);
            if (text == null) {
                text = text(value);
                if (known.size() < CACHED_VALUES) {
                    known.put(value instanceof Binary binary ? binary.copy() : value, text);
                }
            }
            return text;
        }

        static String text(Object value) {
            return value instanceof Binary binary ? binary.toStringUsingUTF8() : String.valueOf(value);
        }
    }

    /** The record converter the column readers want: one {@link ColumnText} per field of the projection. */
    private static final class FieldConverters extends GroupConverter {
        private final List<PrimitiveConverter> fields;

        FieldConverters(List<PrimitiveConverter> fields) {
            this.fields = fields;
        }

        @Override
        public Converter getConverter(int fieldIndex) {
            return fields.get(fieldIndex);
        }

        @Override
        public void start() {}

        @Override
        public void end() {}
    }
}
