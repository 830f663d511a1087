package se.spegel.schema.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test input files with explicit bytes, so that the encoding under test is exact. */
final class TestFiles {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TestFiles() {}

    static Path utf8(Path dir, String name, String... lines) {
        return bytes(dir, name, join(lines).getBytes(StandardCharsets.UTF_8));
    }

    static Path utf8WithBom(Path dir, String name, String... lines) {
        byte[] text = join(lines).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return bytes(dir, name, all);
    }

    static Path windows1252(Path dir, String name, String... lines) {
        return bytes(dir, name, join(lines).getBytes(WINDOWS_1252));
    }

    static Path bytes(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines joined with CRLF, the way Excel on Windows saves CSV. */
    static String join(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
