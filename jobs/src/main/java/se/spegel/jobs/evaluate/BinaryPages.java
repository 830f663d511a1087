package se.spegel.jobs.evaluate;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.io.api.Binary;

/**
 * A column of unique values (person_id) read from its pages straight into a batch's
 * {@link ParquetBatches.CellBytes}, the UTF-8 bytes of the texts the row path reads.
 */
final class BinaryPages extends DirectPages {
    private static final byte[] EMPTY = new byte[0];

    BinaryPages(ColumnDescriptor column, PageReader pages) {
        super(column, pages);
    }

    /** A binary as its bytes, any other value as the bytes of its text (as {@code ColumnBytes} has them). */
    private static void add(ParquetBatches.CellBytes into, Object value) {
        if (value instanceof Binary binary) {
            into.add(binary.getBytesUnsafe(), 0, binary.length());
        } else {
            byte[] text = ParquetRowGroups.ColumnText.text(value).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            into.add(text, 0, text.length);
        }
    }

    /** Appends the next {@code rows} cells; a null cell as no bytes (blank, as on the row path). */
    void read(ParquetBatches.CellBytes into, int rows) {
        for (int r = 0; r < rows; r++) {
            if (nextIsNull()) {
                into.add(EMPTY, 0, 0);
            } else if (plain != null) {
                int length = plainLength();
                into.add(plain, at, length);
                at += length;
            } else if (dictionaryEncoded) {
                int id = dictionaryId();
                add(into, binary() ? dictionary.decodeToBinary(id)
                        : ParquetRowGroups.ColumnText.dictionaryText(column, dictionary, id));
            } else {
                add(into, otherValue());
            }
        }
    }
}
