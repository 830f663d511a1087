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
import org.apache.parquet.io.ParquetDecodingException;
import org.apache.parquet.io.api.Binary;

/**
 * One flat column of a row group read from its pages, as Parquet's column reader reads them
 * but without its garbage (a buffer view and a {@link Binary} per plain value, arrays and
 * streams per run of encoded values): definition levels and dictionary ids are decoded here
 * ({@link HybridDecoder}), plain binary values copied from the page; any other encoding goes
 * through Parquet's own value readers. Subclasses say what a cell becomes.
 */
abstract class DirectPages {
    final ColumnDescriptor column;
    final Dictionary dictionary;
    private final PageReader pages;
    private final int present;
    /** Cells (null ones included) of the current page not read yet. */
    private int left;
    private final HybridDecoder levels = new HybridDecoder();
    /** Levels in an encoding other than RLE (the deprecated BIT_PACKED): Parquet's reader. */
    private ValuesReader otherLevels;
    /** The current page's values: dictionary ids, plain binaries (bytes from {@link #at}), or a reader. */
    final HybridDecoder dictionaryIds = new HybridDecoder();
    boolean dictionaryEncoded;
    byte[] plain;
    int at;
    private int plainEnd;
    ValuesReader values;

    /** Whether a column can be read so: flat (not repeated). */
    static boolean reads(ColumnDescriptor column) {
        return column.getMaxRepetitionLevel() == 0;
    }

    DirectPages(ColumnDescriptor column, PageReader pages) {
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

    /** Moves on to the next cell: whether it is null (then it has no value to read). */
    final boolean nextIsNull() {
        if (left == 0) {
            nextPage();
        }
        left--;
        if (present == 0) {
            return false;
        }
        return (otherLevels != null ? otherLevels.readInteger() : levels.next()) < present;
    }

    /** The next dictionary id of a dictionary-encoded page, checked against the dictionary. */
    final int dictionaryId() {
        int id = dictionaryIds.next();
        if (id < 0 || id > dictionary.getMaxId()) {
            throw new ParquetDecodingException("column " + column + ": dictionary id " + id + " out of range");
        }
        return id;
    }

    /** The next plain binary of the current page (4 bytes little-endian length, then the bytes): its length. */
    final int plainLength() {
        if (at + 4 > plainEnd) {
            throw new ParquetDecodingException("column " + column + ": a page ends inside a value");
        }
        int length = (plain[at] & 0xFF) | (plain[at + 1] & 0xFF) << 8 | (plain[at + 2] & 0xFF) << 16
                | (plain[at + 3] & 0xFF) << 24;
        at += 4;
        if (length < 0 || at + length > plainEnd) {
            throw new ParquetDecodingException("column " + column + ": a page ends inside a value");
        }
        return length;
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
                        startV1(v1);
                        return null;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public Void visit(DataPageV2 v2) {
                    try {
                        otherLevels = null;
                        if (present > 0) {
                            levels(v2.getDefinitionLevels().toInputStream(), v2.getDefinitionLevels().size());
                        }
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

    private void startV1(DataPageV1 v1) throws IOException {
        ByteBufferInputStream in = v1.getBytes().toInputStream();
        // a flat column: the repetition levels take no bytes, as Parquet's own reader finds too
        v1.getRlEncoding().getValuesReader(column, ValuesType.REPETITION_LEVEL).initFromPage(left, in);
        otherLevels = null;
        if (present > 0 && v1.getDlEncoding() == Encoding.RLE) {
            ByteBuffer length = in.slice(4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
            levels(in, length.getInt(length.position()));
        } else {
            otherLevels = v1.getDlEncoding().getValuesReader(column, ValuesType.DEFINITION_LEVEL);
            otherLevels.initFromPage(left, in);
        }
        startValues(v1.getValueEncoding(), in);
    }

    private void levels(ByteBufferInputStream in, long length) throws IOException {
        ByteBuffer bytes = in.slice((int) length);
        byte[] array = array(bytes);
        levels.init(BytesUtils.getWidthFromMaxInt(present), array, offset(bytes, array), offset(bytes, array) + (int) length);
    }

    private void startValues(Encoding encoding, ByteBufferInputStream in) throws IOException {
        plain = null;
        values = null;
        dictionaryEncoded = encoding.usesDictionary();
        if (dictionaryEncoded) {
            if (dictionary == null) {
                throw new ParquetDecodingException("column " + column + " has a dictionary-encoded page but no dictionary");
            }
            ByteBuffer rest = in.slice(in.available());
            byte[] array = array(rest);
            int from = offset(rest, array);
            dictionaryIds.init(array[from], array, from + 1, from + rest.remaining());
        } else if (encoding == Encoding.PLAIN && binary()) {
            ByteBuffer rest = in.slice(in.available());
            plain = array(rest);
            at = offset(rest, plain);
            plainEnd = at + rest.remaining();
        } else {
            values = encoding.getValuesReader(column, ValuesType.VALUES);
            values.initFromPage(left, in);
        }
    }

    final boolean binary() {
        return column.getPrimitiveType().getPrimitiveTypeName()
                == org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
    }

    /** A buffer's backing array, or a copy of its bytes when it has none. */
    private static byte[] array(ByteBuffer buffer) {
        if (buffer.hasArray()) {
            return buffer.array();
        }
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    private static int offset(ByteBuffer buffer, byte[] array) {
        return buffer.hasArray() && buffer.array() == array ? buffer.arrayOffset() + buffer.position() : 0;
    }

    /** The next value of a non-dictionary, non-plain-binary page, as Parquet's converters get it. */
    final Object otherValue() {
        return switch (column.getPrimitiveType().getPrimitiveTypeName()) {
            case INT32 -> values.readInteger();
            case INT64 -> values.readLong();
            case FLOAT -> values.readFloat();
            case DOUBLE -> values.readDouble();
            case BOOLEAN -> values.readBoolean();
            default -> values.readBytes();
        };
    }
}
