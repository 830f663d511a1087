package se.spegel.jobs.evaluate;

import org.apache.parquet.column.values.bitpacking.BytePacker;
import org.apache.parquet.column.values.bitpacking.Packer;
import org.apache.parquet.io.ParquetDecodingException;

/**
 * Parquet's run-length / bit-packing hybrid encoding (definition levels, dictionary ids) decoded
 * from a page's bytes without allocating: Parquet's own decoder makes a new array and a new
 * stream for every bit-packed run, ~0.6 GB of garbage at 10 M participants. Format: runs, each
 * a varint header; an even header is a repeated value of {@code header >>> 1} copies (the value
 * in ceil(bitWidth / 8) little-endian bytes), an odd one {@code header >>> 1} groups of 8 values
 * bit-packed in {@code bitWidth} bytes each.
 */
final class HybridDecoder {
    private byte[] data;
    private int at;
    private int end;
    private int bitWidth;
    private BytePacker packer;
    private int left;
    private boolean packedRun;
    private int repeated;
    private int[] unpacked = new int[512];
    private int next;
    private final byte[] lastGroup = new byte[32];

    /** Starts on {@code data[offset..end)}, values of {@code bitWidth} bits. */
    void init(int bitWidth, byte[] data, int offset, int end) {
        if (bitWidth < 0 || bitWidth > 32) {
            throw new ParquetDecodingException("bit width " + bitWidth + " out of range");
        }
        if (packer == null || this.bitWidth != bitWidth) {
            packer = Packer.LITTLE_ENDIAN.newBytePacker(bitWidth);
        }
        this.bitWidth = bitWidth;
        this.data = data;
        this.at = offset;
        this.end = end;
        this.left = 0;
    }

    int next() {
        while (left == 0) {
            readRun();
        }
        left--;
        return packedRun ? unpacked[next++] : repeated;
    }

    private void readRun() {
        int header = varInt();
        if ((header & 1) == 0) {
            packedRun = false;
            left = header >>> 1;
            int value = 0;
            for (int b = 0; b < (bitWidth + 7) / 8; b++) {
                value |= (byteAt(at++) & 0xFF) << (8 * b);
            }
            repeated = value;
            return;
        }
        int groups = header >>> 1;
        if (bitWidth == 0) { // every value 0, and no bytes for them
            packedRun = false;
            repeated = 0;
            left = (int) Math.min(Integer.MAX_VALUE, groups * 8L);
            return;
        }
        if ((long) groups * bitWidth > end - at + bitWidth) { // a damaged header: more values than the page holds
            throw new ParquetDecodingException("a run of encoded values is longer than its page");
        }
        if (unpacked.length < groups * 8) {
            unpacked = new int[groups * 8];
        }
        for (int g = 0; g < groups; g++) {
            if (at + bitWidth <= end) {
                packer.unpack8Values(data, at, unpacked, g * 8);
            } else { // a last group cut short: the missing bytes read as zeros
                java.util.Arrays.fill(lastGroup, (byte) 0);
                System.arraycopy(data, at, lastGroup, 0, Math.max(0, end - at));
                packer.unpack8Values(lastGroup, 0, unpacked, g * 8);
            }
            at += bitWidth;
        }
        packedRun = true;
        left = groups * 8;
        next = 0;
    }

    private int varInt() {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = byteAt(at++);
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new ParquetDecodingException("malformed run header");
    }

    private int byteAt(int index) {
        if (index >= end) {
            throw new ParquetDecodingException("page ends inside a run of encoded values");
        }
        return data[index];
    }
}
