package se.spegel.jobs.evaluate;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * A Parquet cell as the text Spark's {@code CAST(col AS STRING)} gives it, for the driver-side
 * reader of small tables ({@link ParquetTable}): decimals of every physical type by their value
 * (15.583333, not the unscaled 15583333), dates as ISO dates, signed and unsigned integers of
 * every width, floats and doubles as Java prints them, texts and plain binaries as UTF-8. Parquet
 * itself decodes the pages; this only reads the logical type from the schema. Participants, the
 * large input, are read by Spark itself ({@link SparkParticipantScan}), so both agree on the text.
 */
final class ParquetCellText {
    private ParquetCellText() {}

    /** The cell's text; "" when the field is null (absent in this row). */
    static String of(Group row, int field) {
        if (row.getFieldRepetitionCount(field) == 0) {
            return "";
        }
        Type type = row.getType().getType(field);
        if (!type.isPrimitive()) {
            return row.getGroup(field, 0).toString();
        }
        PrimitiveType primitive = type.asPrimitiveType();
        LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
        return switch (primitive.getPrimitiveTypeName()) {
            case INT32 -> int32(row.getInteger(field, 0), logical);
            case INT64 -> int64(row.getLong(field, 0), logical);
            case FLOAT -> Float.toString(row.getFloat(field, 0));
            case DOUBLE -> Double.toString(row.getDouble(field, 0));
            case BOOLEAN -> Boolean.toString(row.getBoolean(field, 0));
            case INT96 -> int96(row.getInt96(field, 0));
            default -> binary(row.getBinary(field, 0), logical);
        };
    }

    private static String int32(int value, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            return BigDecimal.valueOf(value, decimal.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
            return LocalDate.ofEpochDay(value).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer && !integer.isSigned()) {
            return Integer.toUnsignedString(value);
        }
        return Integer.toString(value);
    }

    private static String int64(long value, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            return BigDecimal.valueOf(value, decimal.getScale()).toPlainString();
        }
        if (logical instanceof LogicalTypeAnnotation.IntLogicalTypeAnnotation integer && !integer.isSigned()) {
            return Long.toUnsignedString(value);
        }
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
            Instant instant = switch (timestamp.getUnit()) {
                case MILLIS -> Instant.ofEpochMilli(value);
                case MICROS -> Instant.EPOCH.plusNanos(Math.multiplyExact(value, 1_000L));
                case NANOS -> Instant.EPOCH.plusNanos(value);
            };
            return instant.toString();
        }
        return Long.toString(value);
    }

    private static String binary(Binary value, LogicalTypeAnnotation logical) {
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
            return new BigDecimal(new BigInteger(value.getBytes()), decimal.getScale()).toPlainString();
        }
        return value.toStringUsingUTF8();
    }

    /** An INT96 timestamp (Impala's and old Spark's): nanoseconds of the day, then the Julian day. */
    private static String int96(Binary value) {
        java.nio.ByteBuffer bytes = value.toByteBuffer().order(java.nio.ByteOrder.LITTLE_ENDIAN);
        long nanos = bytes.getLong();
        int julianDay = bytes.getInt();
        return Instant.EPOCH
                .plusSeconds((julianDay - 2_440_588L) * 86_400L)
                .plusNanos(nanos)
                .toString();
    }
}
