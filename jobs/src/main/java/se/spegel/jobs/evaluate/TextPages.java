package se.spegel.jobs.evaluate;

import java.util.HashMap;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.io.api.Binary;

/**
 * A column read from its pages as the texts the row path reads ({@link ParquetRowGroups.ColumnText}
 * gives the same from Parquet's column reader): a dictionary entry becomes text once per row
 * group, another value once per distinct value when the column is remembered, and a null cell
 * is blank.
 */
final class TextPages extends DirectPages {
    private final Map<Object, String> known;
    private final String[] byDictionaryId;

    TextPages(ColumnDescriptor column, PageReader pages, boolean remember) {
        super(column, pages);
        this.known = remember ? new HashMap<>() : null;
        this.byDictionaryId = new String[dictionary == null ? 0 : dictionary.getMaxId() + 1];
    }

    String next() {
        if (nextIsNull()) {
            return "";
        }
        if (dictionaryEncoded) {
            int id = dictionaryId();
            String text = byDictionaryId[id];
            if (text == null) {
                text = ParquetRowGroups.ColumnText.dictionaryText(column, dictionary, id);
                byDictionaryId[id] = text;
            }
            return text;
        }
        if (plain != null) {
            int length = plainLength();
            Binary value = Binary.fromConstantByteArray(plain, at, length);
            at += length;
            return remembered(value);
        }
        return remembered(otherValue());
    }

    private String remembered(Object value) {
        return ParquetRowGroups.ColumnText.remembered(known, value);
    }
}
