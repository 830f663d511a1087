package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects how a text file was saved: UTF-8 (with or without BOM) or Windows-1252, which is
 * what Swedish Excel writes by default. A file that is not valid UTF-8 throughout is taken as
 * Windows-1252. The whole file is checked, not a sample: a list whose first thousands of rows
 * are plain ASCII and whose first "ö" comes late is still Windows-1252.
 */
public record TextEncoding(Charset charset, boolean hasBom) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, true);
            }
        }
        return new TextEncoding(isUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, false);
    }

    /** Streams the whole file through a strict UTF-8 decoder. */
    private static boolean isUtf8(Path file) throws IOException {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT))) {
            char[] buffer = new char[1 << 16];
            while (reader.read(buffer) >= 0) {
                // only decoding matters
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
