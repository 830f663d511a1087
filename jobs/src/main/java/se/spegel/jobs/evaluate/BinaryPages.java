package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesUtils;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridDecoder;
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.PrimitiveType;

/**
 * A text column of unique values (person_id) read from its pages straight into a batch's
 * {@link ParquetBatches.CellBytes}. Parquet's column reader hands over each plain value as a
 * new buffer view and a new {@link Binary}: ~1 GB of garbage at 10 M rows, which the heap
 * then has to collect while the tasks run. Plain values are copied from the page here instead;
 * levels, dictionary-encoded pages and other encodings go through Parquet's own value readers,
 * exactly as its column reader would read them.
 */
final class BinaryPages {
    private static final byte[] EMPTY = new byte[0];

    private final ColumnDescriptor column;
    private final PageReader pages;
    private final Dictionary dictionary;
    private final int present;
    /** Values (cells, null ones included) of the current page not read yet. */
    private int left;
    private LevelReader definitions;
    /** The current page's values: a plain page's bytes, or else a reader of its encoding. */
    private byte[] plain;
    private int at;
    private ValuesReader values;
    private boolean dictionaryIds;

    /** Whether this reader can read a column: a flat (non-repeated) column of binary values. */
    static boolean reads(ColumnDescriptor column) {
        return column.getMaxRepetitionLevel() == 0
                && column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY;
    }

    BinaryPages(ColumnDescriptor column, PageReader pages) {
        this.column = column;
        this.pages = pages;
        this.present = column.getMaxDefinitionLevel();
        DictionaryPage page = pages.readDictionaryPage();
        try {
            this.dictionary = page == null ? null : page.getEncoding().initDictionary(column, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Appends the next {@code rows} cells; a null cell as no bytes (blank, as on the row path). */
    void read(ParquetBatches.CellBytes into, int rows) {
        for (int r = 0; r < rows; r++) {
            if (left == 0) {
                nextPage();
            }
            left--;
            if (definitions != null && definitions.next() < present) {
                into.add(EMPTY, 0, 0);
            } else if (plain != null) {
                int length = (plain[at] & 0xFF) | (plain[at + 1] & 0xFF) << 8 | (plain[at + 2] & 0xFF) << 16
                        | (plain[at + 3] & 0xFF) << 24; // PLAIN: each value's length, then its bytes
                into.add(plain, at + 4, length);
                at += 4 + length;
            } else {
                Binary value = dictionaryIds ? dictionary.decodeToBinary(values.readValueDictionaryId()) : values.readBytes();
                into.add(value.getBytesUnsafe(), 0, value.length());
            }
        }
    }

    private void nextPage() {
        DataPage page = pages.readPage();
        if (page == null) {
            throw new ParquetDecodingException("column " + column + " has fewer values than its row group has rows");
        }
        left = page.getValueCount();
        try {
            page.accept(new DataPage.Visitor<Void>() {
                @Override
                public Void visit(DataPageV1 v1) {
                    try {
                        ByteBufferInputStream in = v1.getBytes().toInputStream();
                        v1.getRlEncoding().getValuesReader(column, ValuesType.REPETITION_LEVEL).initFromPage(left, in);
                        ValuesReader levels = v1.getDlEncoding().getValuesReader(column, ValuesType.DEFINITION_LEVEL);
                        levels.initFromPage(left, in);
                        definitions = present == 0 ? null : levels::readInteger;
                        startValues(v1.getValueEncoding(), in);
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public Void visit(DataPageV2 v2) {
                    try {
                        RunLengthBitPackingHybridDecoder levels = new RunLengthBitPackingHybridDecoder(
                                BytesUtils.getWidthFromMaxInt(present), v2.getDefinitionLevels().toInputStream());
                        definitions = present == 0 ? null : () -> {
                            try {
                                return levels.readInt();
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        };
                        startValues(v2.getDataEncoding(), v2.getData().toInputStream());
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw new ParquetDecodingException("could not read a page of column " + column, e.getCause());
        }
    }

    private void startValues(Encoding encoding, ByteBufferInputStream in) throws IOException {
        plain = null;
        values = null;
        dictionaryIds = encoding.usesDictionary();
        if (dictionaryIds) {
            if (dictionary == null) {
                throw new ParquetDecodingException("column " + column + " has a dictionary-encoded page but no dictionary");
            }
            values = encoding.getDictionaryBasedValuesReader(column, ValuesType.VALUES, dictionary);
            values.initFromPage(left, in);
        } else if (encoding == Encoding.PLAIN) {
            ByteBuffer rest = in.slice(in.available());
            if (rest.hasArray()) {
                plain = rest.array();
                at = rest.arrayOffset() + rest.position();
            } else {
                plain = new byte[rest.remaining()];
                rest.get(plain);
                at = 0;
            }
        } else {
            values = encoding.getValuesReader(column, ValuesType.VALUES);
            values.initFromPage(left, in);
        }
    }

    /** The definition levels of a page, one per cell. */
    private interface LevelReader {
        int next();
    }
}
