package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.XXH64;
import org.apache.spark.unsafe.Platform;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.Reject;

/**
 * What one partition of a participants file yields: the cell counts of its accepted rows,
 * its rejects, a 64-bit hash of every (process, person) it saw (to find duplicates across
 * partitions afterwards), and the rows whose cells had the wrong type (the driver decides
 * which of those stop the run: a duplicate row never gets that far in the driver's reader).
 */
final class ParticipantPartition implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Enough wrong-type rows to report the first genuine one; a file full of them stops at the first anyway. */
    static final int MAX_TYPE_ERRORS = 1_000;

    final MarginalCounts counts;
    final ParticipantTallies tallies;
    final List<Reject> rejects = new ArrayList<>();
    final List<InputException> typeErrors = new ArrayList<>();
    long rowsRead;
    private long[] identities = new long[1024];
    private int identityCount;

    private ParticipantPartition(MarginalCounts counts, ParticipantTallies tallies) {
        this.counts = counts;
        this.tallies = tallies;
    }

    /** A partition with nothing read yet. */
    static ParticipantPartition empty(ParticipantRules rules, ParticipantCategoriser categoriser) {
        return new ParticipantPartition(categoriser.newCounts(), new ParticipantTallies(rules.dimensionColumns()));
    }

    /** Ends the partition: its identity hashes sorted (here, on the executor, so that the driver only merges). */
    ParticipantPartition finish() {
        identities = Arrays.copyOf(identities, identityCount);
        it.unimi.dsi.fastutil.longs.LongArrays.radixSort(identities); // a million per task: 36 ms, Arrays.sort 63 ms
        return this;
    }

    /** Judges one row: its identity, then (when it names a process and a person) the other rules. */
    void judge(CsvRow row, ParticipantRules rules, ParticipantCategoriser categoriser) {
        rowsRead++;
        Reject identity = rules.identityReject(row);
        if (identity != null) {
            rejects.add(identity);
            return;
        }
        addIdentity(identityHash(ParticipantRules.identityKey(row)));
        judgeIdentified(row, rules, categoriser);
    }

    /** The rules after the identity, for a row already counted in {@link #rowsRead} and the identities. */
    void judgeIdentified(CsvRow row, ParticipantRules rules, ParticipantCategoriser categoriser) {
        try {
            ParticipantRules.Verdict verdict = rules.judge(row);
            if (verdict.reject() != null) {
                rejects.add(verdict.reject());
            } else {
                categoriser.count(verdict.participant(), counts, 1);
                tallies.add(verdict.participant(), rules.rejectedCells(row), 1);
            }
        } catch (InputException e) {
            if (typeErrors.size() < MAX_TYPE_ERRORS) {
                typeErrors.add(e);
            }
        }
    }

    static long identityHash(String key) {
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        return identityHash(bytes, bytes.length);
    }

    /**
     * The same from the key's UTF-8 bytes, {@code bytes[0..length)}: XXH64 (Spark's own, as its
     * {@code xxhash64} function computes it), a full 64-bit hash that allocates nothing. A weaker
     * hash would be false economy: any repeated hash costs a second pass over the file.
     */
    static long identityHash(byte[] bytes, int length) {
        return XXH64.hashUnsafeBytes(bytes, Platform.BYTE_ARRAY_OFFSET, length, 42L);
    }

    void addIdentity(long hash) {
        if (identityCount == identities.length) {
            identities = Arrays.copyOf(identities, identities.length * 2);
        }
        identities[identityCount++] = hash;
    }

    /** The sorted identity hashes (after {@link #finish}). */
    long[] identities() {
        return identities;
    }
}
