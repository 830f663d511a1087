package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.column.values.rle.RunLengthBitPackingHybridEncoder;
import org.apache.parquet.io.ParquetDecodingException;
import org.junit.jupiter.api.Test;

class HybridDecoderTest {
    /** Parquet's own encoder writes the reference bytes. */
    private static byte[] encoded(int bitWidth, int[] values) throws Exception {
        RunLengthBitPackingHybridEncoder encoder = new RunLengthBitPackingHybridEncoder(bitWidth, 64, 1 << 20,
                new HeapByteBufferAllocator());
        for (int value : values) {
            encoder.writeInt(value);
        }
        return encoder.toBytes().toByteArray();
    }

    @Test
    void decodesWhatParquetEncodesAtEveryBitWidthInRunsAndPackedGroups() throws Exception {
        Random random = new Random(11);
        HybridDecoder decoder = new HybridDecoder(); // one decoder for all: it is reused page after page
        for (int bitWidth = 0; bitWidth <= 32; bitWidth++) {
            for (int trial = 0; trial < 5; trial++) {
                int[] values = new int[1 + random.nextInt(3000)];
                long bound = bitWidth == 32 ? 1L << 32 : 1L << bitWidth;
                for (int i = 0; i < values.length; i++) {
                    // long stretches of one value (RLE runs) between random ones (bit-packed groups)
                    values[i] = i > 0 && random.nextInt(3) > 0 ? values[i - 1] : (int) (random.nextLong() & (bound - 1));
                }
                byte[] bytes = encoded(bitWidth, values);
                byte[] page = new byte[bytes.length + 7]; // the values start inside a larger page
                System.arraycopy(bytes, 0, page, 5, bytes.length);
                decoder.init(bitWidth, page, 5, 5 + bytes.length);
                for (int i = 0; i < values.length; i++) {
                    assertThat(decoder.next()).as("bit width %d, value %d", bitWidth, i).isEqualTo(values[i]);
                }
            }
        }
    }

    @Test
    void aDamagedHeaderClaimingMoreValuesThanThePageHoldsIsADecodingError() {
        int header = (1_000_000 << 1) | 1; // a bit-packed run of a million groups, in a page of a few bytes
        byte[] page = {(byte) (header & 0x7F | 0x80), (byte) (header >>> 7 & 0x7F | 0x80), (byte) (header >>> 14 & 0x7F),
                1, 2, 3};
        HybridDecoder decoder = new HybridDecoder();
        decoder.init(3, page, 0, page.length);
        assertThatThrownBy(decoder::next).isInstanceOf(ParquetDecodingException.class);
    }

    @Test
    void aPageEndingInsideARunIsADecodingError() throws Exception {
        byte[] bytes = encoded(3, new int[] {5, 5, 5, 5, 5, 5, 5, 5, 5, 5});
        HybridDecoder decoder = new HybridDecoder();
        decoder.init(3, bytes, 0, 1); // the run's header, not its value
        assertThatThrownBy(decoder::next).isInstanceOf(ParquetDecodingException.class);
    }
}
