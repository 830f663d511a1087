package se.spegel.jobs.disclosure;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.sql.functions;
import org.apache.spark.unsafe.Platform;

/**
 * The fixed random key of one participant of one process, for the cell key method of
 * disclosure control (ONS/ABS): a cell's key is the sum of its members' record keys, so a
 * cell holding the same people gets the same key (and the same noise) in every table, stage
 * and run. A record key is the upper 32 bits of XXH64 chained over salt, process_id and
 * person_id (UTF-8; seed 42, then each text's hash seeds the next), exactly what Spark's own
 * {@code xxhash64(salt, process_id, person_id)} gives, so a key computed on the driver and a
 * key computed by Spark SQL on the executors ({@link #column}) are the same number; chaining,
 * not hashing one joined text, spares the executors a copy of every identifier.
 */
public final class RecordKey {
    private static final long SPARK_XXHASH64_SEED = 42L;

    private RecordKey() {}

    /** The record key, in [0, 2^32); a null text (a pool member without a person_id) counts as "null". */
    public static long of(String salt, String processId, String personId) {
        long hash = SPARK_XXHASH64_SEED;
        for (String text : new String[] {salt, processId, personId}) {
            byte[] bytes = String.valueOf(text).getBytes(StandardCharsets.UTF_8);
            hash = XXH64.hashUnsafeBytes(bytes, Platform.BYTE_ARRAY_OFFSET, bytes.length, hash);
        }
        return hash >>> 32;
    }

    /** The same key as a Spark SQL column over the two string columns. */
    public static Column column(String salt, Column processId, Column personId) {
        return functions.shiftrightunsigned(functions.xxhash64(functions.lit(salt), processId, personId), 32);
    }
}
