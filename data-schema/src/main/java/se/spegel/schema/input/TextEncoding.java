package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How a text file was saved: UTF-8 (with or without BOM), UTF-16 with BOM (Excel's "Unicode text"),
 * or Windows-1252, which is what Swedish Excel writes by default. Without a BOM or a declared
 * encoding, a file that is not valid UTF-8 throughout is taken as Windows-1252. The whole file
 * is checked, not a sample: a list whose first thousands of rows are plain ASCII and whose first
 * "ö" comes late is still Windows-1252. A file that holds both (rows pasted from two sources)
 * cannot be read either way without garbling letters, so it is a user mistake naming its first
 * non-UTF-8 character; so is a UTF-8 byte-order mark followed by bytes that are not UTF-8.
 *
 * @param bomLength bytes of byte-order mark to skip (0 when none)
 * @param firstNonUtf8Line when detection chose Windows-1252, the first line that is not UTF-8 (else 0)
 * @param declared whether the user declared the encoding (then nothing was detected)
 * @param utf8Letters whether a file declared in another encoding is valid UTF-8 with letters beyond
 *     ASCII: then it is most likely UTF-8, and "ö" would read as "Ã¶"
 */
public record TextEncoding(
        Charset charset, int bomLength, long firstNonUtf8Line, boolean declared, boolean utf8Letters) {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public boolean hasBom() {
        return bomLength > 0;
    }

    /** Detects the encoding (no declaration). */
    public static TextEncoding detect(Path file) throws IOException {
        return of(file, Optional.empty());
    }

    /**
     * The declared encoding, or the detected one. A byte-order mark always wins: it says what the
     * file is; a declaration that contradicts it is a mistake worth a message.
     *
     * @throws InputException when the file mixes UTF-8 and Windows-1252 lines, or has a UTF-8
     *     byte-order mark but bytes that are not UTF-8, naming the line and column of the first such byte
     */
    public static TextEncoding of(Path file, Optional<Charset> declared) throws IOException {
        TextEncoding bom = byteOrderMark(file);
        if (bom != null) {
            if (declared.isPresent() && !declared.get().equals(bom.charset)) {
                throw InputException.ofFile(
                        file,
                        "the file starts with a " + bom.charset.name()
                                + " byte-order mark, so it is " + bom.charset.name() + ", but the declared encoding is "
                                + declared.get().name() + "; leave out --encoding (or spegel.input.encoding)");
            }
            if (bom.charset.equals(StandardCharsets.UTF_8)) {
                Utf8Scan scan = Utf8Scan.of(file, bom.bomLength);
                if (!scan.valid()) {
                    throw new InputException(
                            file,
                            scan.badLine(),
                            (int) scan.badColumn(),
                            null,
                            "this character is"
                                    + " not UTF-8, though the file starts with a UTF-8 byte-order mark; save it as UTF-8 throughout");
                }
            }
            return bom;
        }
        if (declared.isPresent()) {
            boolean utf8Letters = false;
            if (!declared.get().equals(StandardCharsets.UTF_8)) {
                Utf8Scan scan = Utf8Scan.of(file, 0);
                utf8Letters = scan.valid() && scan.multiByte();
            }
            return new TextEncoding(declared.get(), 0, 0, true, utf8Letters);
        }
        Utf8Scan scan = Utf8Scan.of(file, 0);
        if (scan.valid()) {
            return new TextEncoding(StandardCharsets.UTF_8, 0, 0, false, false);
        }
        if (scan.multiByte()) {
            // Windows-1252 would turn the UTF-8 letters into Ã¤-like pairs, UTF-8 cannot read this one
            throw new InputException(
                    file,
                    scan.badLine(),
                    (int) scan.badColumn(),
                    null,
                    "the file mixes UTF-8 and Windows-1252 text (line " + scan.multiByteLine()
                            + " is UTF-8, this character is not); save it in one encoding, preferably UTF-8");
        }
        return new TextEncoding(WINDOWS_1252, 0, scan.badLine(), false, false);
    }

    /** "UTF-8", "UTF-8 with BOM", "Windows-1252 (not UTF-8 from line 17)", "windows-1252 (declared)". */
    public String describe() {
        String name = charset.equals(WINDOWS_1252) ? "Windows-1252" : charset.name();
        if (declared) {
            return name + " (declared)";
        }
        if (hasBom()) {
            return name + " with BOM";
        }
        return firstNonUtf8Line > 0 ? name + " (not UTF-8 from line " + firstNonUtf8Line + ")" : name;
    }

    /** A warning when the declared encoding is probably wrong; empty when there is nothing to say. */
    public java.util.List<String> doubts() {
        return utf8Letters
                ? java.util.List.of("declared " + describe().replace(" (declared)", "") + ", but the file is"
                        + " valid UTF-8 with letters beyond ASCII: it is most likely UTF-8, and 'ö' reads as 'Ã¶';"
                        + " leave out --encoding to detect it")
                : java.util.List.of();
    }

    private static TextEncoding byteOrderMark(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new TextEncoding(StandardCharsets.UTF_8, 3, 0, false, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                return new TextEncoding(StandardCharsets.UTF_16LE, 2, 0, false, false);
            }
            if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                return new TextEncoding(StandardCharsets.UTF_16BE, 2, 0, false, false);
            }
            return null;
        }
    }

    /**
     * The line of the first bytes that are not valid in this encoding, 0 when the whole file is valid:
     * streams the file through a strict decoder of any charset (a reader buffers thousands of
     * characters ahead, so its failure does not say where). Detection itself uses {@link Utf8Scan}.
     */
    public long firstInvalidLine(Path file) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long line = 1;
        boolean end = false;
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            channel.position(bomLength);
            while (true) {
                if (!end) {
                    end = channel.read(in) < 0;
                }
                in.flip();
                int start = in.position();
                CoderResult result = decoder.decode(in, out, end);
                // a newline byte is never part of a multi-byte UTF-8 sequence (nor of a Windows-1252 one)
                for (int i = start; i < in.position(); i++) {
                    if (in.get(i) == '\n') {
                        line++;
                    }
                }
                if (result.isError()) {
                    return line;
                }
                out.clear();
                if (end && result.isUnderflow()) {
                    return 0;
                }
                in.compact();
            }
        }
    }
}
