package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Detects how a text file was saved: UTF-8 (with or without BOM) or Windows-1252, which is
 * what Swedish Excel writes by default. A file that is not valid UTF-8 throughout is taken as
 * Windows-1252. The whole file is checked, not a sample: a list whose first thousands of rows
 * are plain ASCII and whose first "ö" comes late is still Windows-1252. A file that holds both
 * (rows pasted from two sources) cannot be read either way without garbling letters, so it is
 * a user mistake naming its first non-UTF-8 character.
 */
public record TextEncoding(Charset charset, boolean hasBom) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * @throws InputException when the file mixes UTF-8 and Windows-1252 lines, or has a UTF-8
     *     byte-order mark but bytes that are not UTF-8, naming the line and column of the first such byte
     */
    public static TextEncoding detect(Path file) throws IOException {
        boolean bom;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        }
        Utf8Scan scan = Utf8Scan.of(file, bom ? 3 : 0);
        if (scan.valid()) {
            return new TextEncoding(StandardCharsets.UTF_8, bom);
        }
        if (bom) {
            throw new InputException(file, scan.badLine(), (int) scan.badColumn(), null,
                    "this character is not UTF-8, though the file starts with a UTF-8 byte-order mark; save it as UTF-8 throughout");
        }
        if (scan.multiByte()) {
            // Windows-1252 would turn the UTF-8 letters into Ã¤-like pairs, UTF-8 cannot read this one
            throw new InputException(file, scan.badLine(), (int) scan.badColumn(), null,
                    "the file mixes UTF-8 and Windows-1252 text (line " + scan.multiByteLine()
                            + " is UTF-8, this character is not); save it in one encoding, preferably UTF-8");
        }
        return new TextEncoding(WINDOWS_1252, false);
    }
}
