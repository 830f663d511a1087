package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Detects how a text file was saved: UTF-8 (with or without BOM) or Windows-1252, which is
 * what Swedish Excel writes by default. A sample that is not valid UTF-8 is taken as Windows-1252.
 */
public record TextEncoding(Charset charset, boolean hasBom) {
    private static final int SAMPLE_BYTES = 1 << 16;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextEncoding detect(Path file) throws IOException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE_BYTES);
        }
        if (sample.length >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, true);
        }
        return new TextEncoding(isUtf8(trimPartialCharacter(sample)) ? StandardCharsets.UTF_8 : WINDOWS_1252, false);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The sample may end inside a multi-byte character; drop that tail before checking. */
    private static byte[] trimPartialCharacter(byte[] sample) {
        int end = sample.length;
        int back = 0;
        while (end - back - 1 >= 0 && back < 3 && (sample[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (sample[end - back - 1] & 0xC0) == 0xC0) {
            return Arrays.copyOf(sample, end - back - 1);
        }
        return sample;
    }
}
