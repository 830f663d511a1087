package se.spegel.jobs.evaluate;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;
import se.spegel.schema.Columns;
import se.spegel.schema.input.CsvRow;

/**
 * The row groups of a participants file in batches of consecutive rows, column by column, for
 * {@link CodedParticipantCounts}: a cell is the number of its text in its column's
 * {@link ValueIds}, which last for all the row groups one task reads (so a number means the
 * same text throughout); person_id, unique per row, is kept as its UTF-8 bytes (a string per
 * row, and the garbage it leaves, cost more than reading all the other cells). The texts are
 * exactly those the row path gives ({@link ParquetRowGroups#rows}), and {@link Batch#row} gives
 * the row itself. Columns are read from their pages ({@link IdPages}, {@link BinaryPages});
 * Parquet's column readers ({@code ColumnIds}, {@code ColumnBytes}) read what those cannot
 * (a repeated column).
 */
final class ParquetBatches implements AutoCloseable {
    static final int SIZE = 4096;

    /** One column's distinct texts (as read, untrimmed), numbered in order of first appearance. */
    static final class ValueIds {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> texts = new ArrayList<>();

        int idOf(String text) {
            Integer id = ids.get(text);
            if (id == null) {
                id = texts.size();
                ids.put(text, id);
                texts.add(text);
            }
            return id;
        }

        String text(int id) {
            return texts.get(id);
        }

        /** The number of a value's text (as the row path reads it), remembered in {@code byValue}. */
        int idOfValue(Object value, Map<Object, Integer> byValue) {
            Integer id = byValue.get(value);
            if (id == null) {
                id = idOf(ParquetRowGroups.ColumnText.text(value));
                byValue.put(value instanceof Binary binary ? binary.copy() : value, id);
            }
            return id;
        }

        int size() {
            return texts.size();
        }
    }

    /** Up to {@link #SIZE} consecutive rows of one row group. */
    final class Batch {
        /** Per column: the cells' numbers (in {@link #values}), or null for a column kept as bytes. */
        final int[][] ids = new int[columns][];
        /** Per column kept as bytes (person_id): the cells' UTF-8 bytes, one after another. */
        final CellBytes[] bytes = new CellBytes[columns];
        int size;
        private long lineBefore;

        private Batch() {
            for (int c = 0; c < columns; c++) {
                if (remembered[c]) {
                    ids[c] = new int[SIZE];
                } else {
                    bytes[c] = new CellBytes();
                }
            }
        }

        long line(int row) {
            return lineBefore + row + 1;
        }

        String text(int column, int row) {
            return remembered[column] ? values[column].text(ids[column][row]) : bytes[column].text(row);
        }

        /** The row as the row path reads it (for rows the coded path leaves to the rules one by one). */
        CsvRow row(int row) {
            return row(row, null);
        }

        /** The row with only the cells of the columns kept ({@code keep} null: all), the others blank. */
        CsvRow row(int row, boolean[] keep) {
            String[] cells = new String[columns];
            for (int c = 0; c < columns; c++) {
                cells[c] = keep == null || keep[c] ? text(c, row) : "";
            }
            return CsvRow.of(path, line(row), groups.columnIndex(), Arrays.asList(cells));
        }
    }

    /** The cells of a column kept as bytes: row r's UTF-8 bytes are {@code data[start(r)..end[r])}. */
    static final class CellBytes {
        byte[] data = new byte[SIZE * 16];
        final int[] end = new int[SIZE];
        private int length;
        private int rows;

        int start(int row) {
            return row == 0 ? 0 : end[row - 1];
        }

        String text(int row) {
            return new String(data, start(row), end[row] - start(row), StandardCharsets.UTF_8);
        }

        private void clear() {
            length = 0;
            rows = 0;
        }

        void add(byte[] bytes, int offset, int count) {
            if (length + count > data.length) {
                data = Arrays.copyOf(data, Math.max(length + count, data.length * 2));
            }
            System.arraycopy(bytes, offset, data, length, count);
            length += count;
            end[rows++] = length;
        }

        /** Parquet writes a binary into it without an intermediate array (for heap buffers). */
        private final java.io.OutputStream appender = new java.io.OutputStream() {
            @Override
            public void write(int b) {
                add(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                add(b, off, len);
            }
        };
    }

    private final ParquetRowGroups groups;
    private final Iterator<ParquetRowGroups.RowGroup> rowGroups;
    private final Path path;
    private final int columns;
    private final boolean[] remembered;
    private final ValueIds[] values;
    private ParquetRowGroups.OpenGroup<ParquetCellConverter> open;
    /** Per column read from its pages in the open row group, its reader; null for the others. */
    private final BinaryPages[] binaryPages;
    private final IdPages[] idPages;
    private ParquetRowGroups.RowGroup group;
    private long readInGroup;

    ParquetBatches(ParquetRowGroups groups, Path path, Iterator<ParquetRowGroups.RowGroup> rowGroups) {
        this.groups = groups;
        this.rowGroups = rowGroups;
        this.path = path;
        this.columns = groups.columnIndex().size();
        this.remembered = new boolean[columns];
        this.values = new ValueIds[columns];
        this.binaryPages = new BinaryPages[columns];
        this.idPages = new IdPages[columns];
        groups.columnIndex().forEach((column, index) -> {
            remembered[index] = !column.equals(Columns.PERSON_ID);
            values[index] = new ValueIds();
        });
    }

    /** The number of a column (as in {@link ParquetRowGroups#columnIndex}), -1 when the file lacks it. */
    int column(String name) {
        return groups.columnIndex().getOrDefault(name, -1);
    }

    int columns() {
        return columns;
    }

    ValueIds values(int column) {
        return values[column];
    }

    Batch newBatch() {
        return new Batch();
    }

    /** Fills the batch with the next rows; false when there are none left. */
    boolean next(Batch batch) {
        while (open == null || readInGroup == group.rows()) {
            close();
            if (!rowGroups.hasNext()) {
                return false;
            }
            group = rowGroups.next();
            readInGroup = 0;
            open = groups.new OpenGroup<>(group, ParquetCellConverter[]::new, (descriptor, index) -> remembered[index]
                    ? new ColumnIds(descriptor, values[index]) : new ColumnBytes(descriptor), DirectPages::reads);
            for (int c = 0; c < columns; c++) {
                ColumnDescriptor descriptor = open.descriptors[c];
                boolean own = descriptor != null && DirectPages.reads(descriptor);
                binaryPages[c] = own && !remembered[c] ? new BinaryPages(descriptor, open.pages.getPageReader(descriptor)) : null;
                idPages[c] = own && remembered[c]
                        ? new IdPages(descriptor, open.pages.getPageReader(descriptor), values[c]) : null;
            }
        }
        batch.size = (int) Math.min(SIZE, group.rows() - readInGroup);
        batch.lineBefore = group.firstLine() + readInGroup;
        for (int c = 0; c < columns; c++) {
            read(c, batch);
        }
        readInGroup += batch.size;
        return true;
    }

    private void read(int column, Batch batch) {
        ColumnReader reader = open.readers[column];
        if (binaryPages[column] != null) {
            batch.bytes[column].clear();
            binaryPages[column].read(batch.bytes[column], batch.size);
        } else if (idPages[column] != null) {
            idPages[column].read(batch.ids[column], batch.size);
        } else if (reader == null) { // this part lacks the column: blank, as on the row path
            if (remembered[column]) {
                Arrays.fill(batch.ids[column], 0, batch.size, values[column].idOf(""));
            } else {
                batch.bytes[column].clear();
                for (int r = 0; r < batch.size; r++) {
                    batch.bytes[column].add(EMPTY, 0, 0);
                }
            }
        } else if (remembered[column]) {
            ColumnIds ids = (ColumnIds) open.converters[column];
            int[] into = batch.ids[column];
            for (int r = 0; r < batch.size; r++) {
                into[r] = ids.read(reader);
            }
        } else {
            ColumnBytes cells = (ColumnBytes) open.converters[column];
            cells.into = batch.bytes[column];
            cells.into.clear();
            for (int r = 0; r < batch.size; r++) {
                cells.read(reader);
            }
        }
    }

    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private static final byte[] EMPTY = new byte[0];

    /** One column's cells as UTF-8 bytes into a batch's {@link CellBytes}, the bytes of the row path's texts. */
    private static final class ColumnBytes extends ParquetCellConverter {
        private byte[][] dictionaryBytes;
        CellBytes into;

        ColumnBytes(ColumnDescriptor column) {
            super(column);
        }

        void read(ColumnReader reader) {
            if (!readPresent(reader)) {
                into.add(EMPTY, 0, 0);
            }
        }

        @Override
        void dictionaryChanged(int entries) {
            this.dictionaryBytes = new byte[entries][];
        }

        @Override
        public void addValueFromDictionary(int id) {
            if (column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY) {
                addBinary(dictionary.decodeToBinary(id)); // unique values: nothing to remember
                return;
            }
            byte[] known = dictionaryBytes[id];
            if (known == null) {
                known = ParquetRowGroups.ColumnText.dictionaryText(column, dictionary, id).getBytes(StandardCharsets.UTF_8);
                dictionaryBytes[id] = known;
            }
            into.add(known, 0, known.length);
        }

        @Override
        public void addBinary(Binary value) {
            try {
                value.writeTo(into.appender);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        void addValue(Object value) {
            byte[] text = ParquetRowGroups.ColumnText.text(value).getBytes(StandardCharsets.UTF_8);
            into.add(text, 0, text.length);
        }
    }

    /**
     * One column's cells as numbers of their texts: a dictionary entry is looked up once per row
     * group, a value of a plain page once per distinct value.
     */
    private static final class ColumnIds extends ParquetCellConverter {
        private final ValueIds values;
        private final int blank;
        private final Map<Object, Integer> plain = new HashMap<>();
        private int[] dictionaryIds;
        private int current;

        ColumnIds(ColumnDescriptor column, ValueIds values) {
            super(column);
            this.values = values;
            this.blank = values.idOf("");
        }

        int read(ColumnReader reader) {
            return readPresent(reader) ? current : blank;
        }

        @Override
        void dictionaryChanged(int entries) {
            this.dictionaryIds = new int[entries];
            Arrays.fill(dictionaryIds, -1);
        }

        @Override
        public void addValueFromDictionary(int id) {
            int known = dictionaryIds[id];
            if (known < 0) {
                known = values.idOf(ParquetRowGroups.ColumnText.dictionaryText(column, dictionary, id));
                dictionaryIds[id] = known;
            }
            current = known;
        }

        @Override
        void addValue(Object value) {
            current = values.idOfValue(value, plain);
        }
    }
}
