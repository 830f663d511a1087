package se.spegel.jobs.evaluate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
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
    private final List<byte[]> processUtf8 = new ArrayList<>();
    private byte[] key = new byte[256];

    PersonIdentities(IntFunction<String> processText) {
        this.processText = processText;
    }

    /** The identity hash of a row's (process, person), or {@link #NONE} when the person_id is blank. */
    long of(ParquetBatches.CellBytes persons, int row, int process) {
        int start = persons.start(row);
        int end = persons.end[row];
        for (int i = start; i < end; i++) {
            if (persons.data[i] < 0) {
                String person = persons.text(row).strip();
                return person.isEmpty() ? NONE
                        : ParticipantPartition.identityHash(ParticipantRules.identityKey(processText.apply(process), person));
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
        byte[] processBytes = processUtf8(process);
        int length = processBytes.length + 1 + end - start;
        if (key.length < length) {
            key = new byte[Math.max(length, key.length * 2)];
        }
        System.arraycopy(processBytes, 0, key, 0, processBytes.length);
        key[processBytes.length] = 0;
        System.arraycopy(persons.data, start, key, processBytes.length + 1, end - start);
        return ParticipantPartition.identityHash(key, length);
    }

    private byte[] processUtf8(int process) {
        while (processUtf8.size() <= process) {
            processUtf8.add(null);
        }
        byte[] bytes = processUtf8.get(process);
        if (bytes == null) {
            bytes = processText.apply(process).getBytes(StandardCharsets.UTF_8);
            processUtf8.set(process, bytes);
        }
        return bytes;
    }
}
