package se.spegel.jobs.disclosure;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.unsafe.Platform;

/**
 * The fixed random key of one participant of one process, for the cell key method of
 * disclosure control (ONS/ABS): a cell's key is the sum of its members' record keys, so a
 * cell holding the same people gets the same key (and the same noise) in every table, stage
 * and run. A record key is the upper 32 bits of XXH64 over
 * {@code salt NUL process_id NUL person_id} (UTF-8, seed 42), exactly what Spark's own
 * {@code xxhash64} of that one string gives, so a key computed on the driver and a key
 * computed by Spark SQL on the executors ({@link #column}) are the same number.
 */
public final class RecordKey {
    private static final long SPARK_XXHASH64_SEED = 42L;
    private static final String SEPARATOR = "\u0000";

    private RecordKey() {}

    /** The record key, in [0, 2^32). */
    public static long of(String salt, String processId, String personId) {
        byte[] bytes = (salt + SEPARATOR + processId + SEPARATOR + personId).getBytes(StandardCharsets.UTF_8);
        return ofKeyText(bytes, bytes.length);
    }

    /** The record key of {@code salt NUL process_id NUL person_id} given as UTF-8 in {@code bytes[0..length)}. */
    public static long ofKeyText(byte[] bytes, int length) {
        return XXH64.hashUnsafeBytes(bytes, Platform.BYTE_ARRAY_OFFSET, length, SPARK_XXHASH64_SEED) >>> 32;
    }

    /** The UTF-8 bytes a key text starts with for a process: {@code salt NUL process_id NUL}. */
    public static byte[] prefix(String salt, String processId) {
        return (salt + SEPARATOR + processId + SEPARATOR).getBytes(StandardCharsets.UTF_8);
    }

    /** The same key as a Spark SQL column over the two string columns. */
    public static Column column(String salt, Column processId, Column personId) {
        Column text = functions.concat(functions.lit(salt + SEPARATOR), processId, functions.lit(SEPARATOR), personId);
        return functions.shiftrightunsigned(functions.xxhash64(text), 32);
    }
}
