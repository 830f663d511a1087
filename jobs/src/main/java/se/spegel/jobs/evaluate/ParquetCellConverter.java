package se.spegel.jobs.evaluate;

import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.PrimitiveConverter;

/**
 * What Spegel's converters of one Parquet column share: Parquet hands each a column's values,
 * or for a dictionary-encoded page a value's number in the dictionary; a value of any primitive
 * type arrives at {@link #addValue}, and {@link #readPresent} tells a blank cell from one that
 * was handed over.
 */
abstract class ParquetCellConverter extends PrimitiveConverter {
    final ColumnDescriptor column;
    Dictionary dictionary;

    ParquetCellConverter(ColumnDescriptor column) {
        this.column = column;
    }

    /** Hands the reader's current value to this converter, unless the cell is null; moves on either way. */
    final boolean readPresent(ColumnReader reader) {
        boolean present = reader.getCurrentDefinitionLevel() >= column.getMaxDefinitionLevel();
        if (present) {
            reader.writeCurrentValueToConverter();
        }
        reader.consume();
        return present;
    }

    /** A new column chunk's dictionary, of this many entries. */
    abstract void dictionaryChanged(int entries);

    /** A value of a plain page (a {@link Binary}, a boxed number or a boolean). */
    abstract void addValue(Object value);

    @Override
    public final boolean hasDictionarySupport() {
        return true;
    }

    @Override
    public final void setDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
        dictionaryChanged(dictionary.getMaxId() + 1);
    }

    @Override public void addBinary(Binary value) { addValue(value); }
    @Override public final void addInt(int value) { addValue(value); }
    @Override public final void addLong(long value) { addValue(value); }
    @Override public final void addFloat(float value) { addValue(value); }
    @Override public final void addDouble(double value) { addValue(value); }
    @Override public final void addBoolean(boolean value) { addValue(value); }
}
