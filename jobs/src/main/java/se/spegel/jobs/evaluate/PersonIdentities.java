package se.spegel.jobs.evaluate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import se.spegel.jobs.disclosure.RecordKey;
import se.spegel.schema.input.ParticipantRules;

/**
 * {@code ParticipantPartition.identityHash(ParticipantRules.identityKey(process, person))} for
 * rows of a column batch, from the person's bytes and without making either string: the key's
 * UTF-8 bytes are the process's, a 0 and the person's. Bytes outside ASCII take the string
 * route, where trimming and decoding are Java's own.
 */
final class PersonIdentities {
    /** Stands for "no person_id" (a hash may take this value too: such a row then takes the row path). */
    static final long NONE = Long.MIN_VALUE;

    /** The trimmed text of a process_id by its number. */
    private final IntFunction<String> processText;
    private final String keySalt;
    private final List<byte[]> processUtf8 = new ArrayList<>();
    private final List<byte[]> recordKeyPrefix = new ArrayList<>();
    private byte[] key = new byte[256];

    PersonIdentities(IntFunction<String> processText, String keySalt) {
        this.processText = processText;
        this.keySalt = keySalt;
    }

    /** The identity hash of a row's (process, person), or {@link #NONE} when the person_id is blank. */
    long of(ParquetBatches.CellBytes persons, int row, int process) {
        return hash(persons, row, processUtf8(process), false,
                person -> ParticipantPartition.identityHash(ParticipantRules.identityKey(processText.apply(process), person)));
    }

    /**
     * The {@link RecordKey} of a row's (process, person), as {@code RecordKey.of(salt, process,
     * person)} gives it for the same trimmed texts (a row whose person_id is not blank).
     */
    long recordKey(ParquetBatches.CellBytes persons, int row, int process) {
        while (recordKeyPrefix.size() <= process) {
            recordKeyPrefix.add(null);
        }
        if (recordKeyPrefix.get(process) == null) {
            recordKeyPrefix.set(process, RecordKey.prefix(keySalt, processText.apply(process)));
        }
        return hash(persons, row, recordKeyPrefix.get(process), true,
                person -> RecordKey.of(keySalt, processText.apply(process), person));
    }

    /** A hash of the prefix and the trimmed person's bytes; bytes outside ASCII take {@code slow} with the trimmed text. */
    private long hash(ParquetBatches.CellBytes persons, int row, byte[] prefix, boolean recordKey,
                      java.util.function.ToLongFunction<String> slow) {
        int start = persons.start(row);
        int end = persons.end[row];
        for (int i = start; i < end; i++) {
            if (persons.data[i] < 0) {
                String person = persons.text(row).strip();
                return person.isEmpty() ? NONE : slow.applyAsLong(person);
            }
        }
        // String.strip's whitespace, on ASCII
        while (start < end && Character.isWhitespace(persons.data[start])) {
            start++;
        }
        while (end > start && Character.isWhitespace(persons.data[end - 1])) {
            end--;
        }
        if (start == end) {
            return NONE;
        }
        int length = prefix.length + end - start;
        if (key.length < length) {
            key = new byte[Math.max(length, key.length * 2)];
        }
        System.arraycopy(prefix, 0, key, 0, prefix.length);
        System.arraycopy(persons.data, start, key, prefix.length, end - start);
        return recordKey ? RecordKey.ofKeyText(key, length) : ParticipantPartition.identityHash(key, length);
    }

    private byte[] processUtf8(int process) {
        while (processUtf8.size() <= process) {
            processUtf8.add(null);
        }
        byte[] bytes = processUtf8.get(process);
        if (bytes == null) {
            byte[] text = processText.apply(process).getBytes(StandardCharsets.UTF_8);
            bytes = java.util.Arrays.copyOf(text, text.length + 1); // the process, then a 0
            processUtf8.set(process, bytes);
        }
        return bytes;
    }
}
