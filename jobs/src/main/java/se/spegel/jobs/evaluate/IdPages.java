package se.spegel.jobs.evaluate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.io.api.Binary;

/**
 * A column read from its pages as the numbers of its texts in the task's {@link ParquetBatches.ValueIds}:
 * a dictionary entry becomes text once per row group, any other value once per distinct value.
 */
final class IdPages extends DirectPages {
    private final ParquetBatches.ValueIds texts;
    private final int blank;
    private final int[] byDictionaryId;
    private final Map<Object, Integer> byValue = new HashMap<>();

    IdPages(ColumnDescriptor column, PageReader pages, ParquetBatches.ValueIds texts) {
        super(column, pages);
        this.texts = texts;
        this.blank = texts.idOf("");
        this.byDictionaryId = new int[dictionary == null ? 0 : dictionary.getMaxId() + 1];
        Arrays.fill(byDictionaryId, -1);
    }

    /** The numbers of the next {@code rows} cells; a null cell is blank, as on the row path. */
    void read(int[] into, int rows) {
        for (int r = 0; r < rows; r++) {
            if (nextIsNull()) {
                into[r] = blank;
            } else if (dictionaryEncoded) {
                into[r] = dictionaryEntry(dictionaryId());
            } else if (plain != null) {
                int length = plainLength();
                into[r] = number(Binary.fromConstantByteArray(plain, at, length));
                at += length;
            } else {
                into[r] = number(otherValue());
            }
        }
    }

    private int dictionaryEntry(int id) {
        int known = byDictionaryId[id];
        if (known < 0) {
            known = texts.idOf(ParquetRowGroups.ColumnText.dictionaryText(column, dictionary, id));
            byDictionaryId[id] = known;
        }
        return known;
    }

    private int number(Object value) {
        return texts.idOfValue(value, byValue);
    }
}
