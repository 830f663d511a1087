package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The small numbered tables {@link CodedParticipantCounts} keeps: values, longs and ints by number. */
final class Numbered {
    private Numbered() {}

    /** Distinct values numbered in order of first appearance. */
    static final class Values<T> {
        private final Map<T, Integer> ids = new HashMap<>();
        private final List<T> values = new ArrayList<>();

        int id(T value) {
            return ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }

        T get(int id) {
            return values.get(id);
        }

        /** The value, or null for number -1. */
        T getOrNull(int id) {
            return id < 0 ? null : values.get(id);
        }

        int size() {
            return values.size();
        }
    }

    /** Heads, weight (millionths) and the sum of record keys per cell number. */
    static final class Sums {
        private final Longs heads = new Longs();
        private final Longs weights = new Longs();
        private final Longs keys = new Longs();

        void add(int cell, long weightMillionths, long recordKey) {
            heads.add(cell, 1);
            weights.add(cell, weightMillionths);
            keys.add(cell, recordKey);
        }

        long keySum(int cell) {
            return keys.get(cell);
        }

        long heads(int cell) {
            return heads.get(cell);
        }

        long weights(int cell) {
            return weights.get(cell);
        }

        void clear() {
            heads.clear();
            weights.clear();
            keys.clear();
        }
    }

    /** A long per number, 0 until added to, growing as numbers come. */
    static final class Longs {
        private long[] values = new long[64];
        private int size;

        void add(int index, long amount) {
            if (index >= values.length) {
                values = Arrays.copyOf(values, Math.max(index + 1, values.length * 2));
            }
            values[index] += amount;
            size = Math.max(size, index + 1);
        }

        long get(int index) {
            return index < values.length ? values[index] : 0;
        }

        void clear() {
            Arrays.fill(values, 0, size, 0);
            size = 0;
        }

        int size() {
            return size;
        }
    }

    /** Ints appended in order, read by number. */
    static final class Ints {
        private int[] values = new int[64];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[size++] = value;
        }

        int get(int index) {
            return values[index];
        }

        void clear() {
            size = 0;
        }

        int size() {
            return size;
        }
    }
}
