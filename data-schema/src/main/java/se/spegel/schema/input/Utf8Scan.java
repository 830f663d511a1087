package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One pass over a file's bytes checking them as UTF-8: whether every byte sequence is valid,
 * whether any multi-byte character occurs (å ä ö saved as UTF-8), and where the first invalid
 * byte lies (line and character column, 1-based). A file with both is a mix of UTF-8 and
 * Windows-1252 lines, which neither reading can get right.
 *
 * @param multiByte whether a valid multi-byte UTF-8 character occurs
 * @param multiByteLine the line of the first one (0 when none)
 * @param badLine line of the first invalid byte (0 when the file is valid UTF-8)
 * @param badColumn its column, counting characters
 */
record Utf8Scan(boolean multiByte, long multiByteLine, long badLine, long badColumn) {

    boolean valid() {
        return badLine == 0;
    }

    static Utf8Scan of(Path file, long skip) throws IOException {
        try (Bytes in = new Bytes(Files.newInputStream(file))) {
            in.skip(skip);
            long line = 1;
            long column = 0;
            long firstMultiByteLine = 0;
            int b;
            while ((b = in.next()) >= 0) {
                column++;
                if (b == '\n') {
                    line++;
                    column = 0;
                } else if (b >= 0x80) {
                    if (!continuationsValid(b, in)) {
                        return new Utf8Scan(firstMultiByteLine > 0, firstMultiByteLine, line, column);
                    }
                    firstMultiByteLine = firstMultiByteLine == 0 ? line : firstMultiByteLine;
                }
            }
            return new Utf8Scan(firstMultiByteLine > 0, firstMultiByteLine, 0, 0);
        }
    }

    /** Reads the continuation bytes a lead byte announces; false when they are not there (RFC 3629 ranges). */
    private static boolean continuationsValid(int lead, Bytes in) throws IOException {
        int count;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            count = 1;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            count = 2;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            count = 3;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int b = in.next();
            if (b < (i == 0 ? low : 0x80) || b > (i == 0 ? high : 0xBF)) {
                return false;
            }
        }
        return true;
    }

    /** Buffered byte reading without the per-call locking of BufferedInputStream. */
    private static final class Bytes implements AutoCloseable {
        private final InputStream in;
        private final byte[] buffer = new byte[1 << 16];
        private int position;
        private int length;

        Bytes(InputStream in) {
            this.in = in;
        }

        void skip(long bytes) throws IOException {
            in.skipNBytes(bytes);
        }

        int next() throws IOException {
            if (position == length) {
                length = in.read(buffer);
                position = 0;
                if (length <= 0) {
                    length = 0;
                    return -1;
                }
            }
            return buffer[position++] & 0xFF;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
