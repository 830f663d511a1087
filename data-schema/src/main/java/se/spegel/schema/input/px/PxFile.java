package se.spegel.schema.input.px;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.TextEncoding;

/**
 * A PC-Axis (.px) file as Statistics Sweden's statistical database (PxWeb) saves it: a header of
 * {@code KEYWORD[lang]("subkey")=value;} entries, then {@code DATA=} and the cell values. The
 * header is read at once; the data are streamed with {@link #nextValue}. Entries in another
 * language ({@code VALUES[en]("age")}) are ignored: the file's default language names everything.
 *
 * <p>Encoding: a UTF-8 byte-order mark wins; else {@code CODEPAGE} names it (PxWeb writes
 * {@code "iso-8859-1"}, read as Windows-1252, its superset, or {@code "utf-8"}); else
 * {@code CHARSET="ANSI"} means Windows-1252; else UTF-8 when the file is valid UTF-8.
 */
final class PxFile implements AutoCloseable {
    private static final Pattern KEY =
            Pattern.compile("^\\s*([A-Za-z0-9_-]+)\\s*(?:\\[([^\\]]*)])?\\s*(?:\\((.*)\\))?\\s*$", Pattern.DOTALL);
    private static final Pattern HEADER_ENCODING = Pattern.compile("^\\s*(CODEPAGE|CHARSET)\\s*=\\s*\"([^\"]*)\"");

    private final Path file;
    private final Charset charset;
    private final String encodingNote;
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Long> keywordLines = new HashMap<>();
    private final PxText text;

    /** A header entry: its value items and the line it starts on. */
    record Entry(List<String> values, long line) {}

    private PxFile(Path file, Charset charset, String encodingNote, PxText text) {
        this.file = file;
        this.charset = charset;
        this.encodingNote = encodingNote;
        this.text = text;
    }

    static PxFile open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "file not found");
        }
        try {
            EncodingChoice choice = encoding(file);
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(choice.bomLength);
            PxText text = new PxText(new BufferedReader(new InputStreamReader(
                    in,
                    choice.charset
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT))));
            PxFile px = new PxFile(file, choice.charset, choice.note, text);
            px.readHeader();
            return px;
        } catch (CharacterCodingException e) {
            throw InputException.ofFile(file, "text is not valid in the encoding the file declares (CODEPAGE/CHARSET)");
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }

    Path file() {
        return file;
    }

    /** "PC-Axis windows-1252 (CODEPAGE iso-8859-1)": how the file was read, for the progress line. */
    String description() {
        return "PC-Axis " + charset.name() + " (" + encodingNote + ")";
    }

    /** An entry of the default language, e.g. {@code entry("VALUES", "ålder")}; empty when absent. */
    Optional<Entry> entry(String keyword, String subkey) {
        return Optional.ofNullable(entries.get(key(keyword, subkey)));
    }

    Optional<Entry> entry(String keyword) {
        return entry(keyword, null);
    }

    /** The line of the first entry of a keyword in any language and for any subkey; empty when absent. */
    Optional<Long> keywordLine(String keyword) {
        return Optional.ofNullable(keywordLines.get(keyword));
    }

    /** The next data value, null after the last; {@link #valueLine()} is the line it was on. */
    String nextValue() {
        try {
            return text.nextDataValue();
        } catch (CharacterCodingException e) {
            throw new InputException(file, text.line(), 0, null, "text is not valid " + charset.name() + " here");
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }

    long valueLine() {
        return text.valueLine();
    }

    private void readHeader() throws IOException {
        while (true) {
            text.skipWhitespace();
            long line = text.line();
            String key = text.until('=');
            if (key == null || key.isBlank()) {
                throw new InputException(file, line, 0, null, "no DATA= section: not a complete PC-Axis file");
            }
            Matcher m = KEY.matcher(key);
            if (!m.matches()) {
                throw new InputException(
                        file,
                        line,
                        0,
                        null,
                        "'" + abbreviate(key.strip().lines().findFirst().orElse(""))
                                + "' is not a PC-Axis keyword such as VALUES(\"ålder\")=...; is this a .px file?");
            }
            String keyword = m.group(1).toUpperCase(Locale.ROOT);
            keywordLines.putIfAbsent(keyword, line);
            if (keyword.equals("DATA")) {
                return;
            }
            String raw = text.until(';');
            if (raw == null) {
                throw new InputException(file, line, 0, null, keyword + " has no value ending in ';'");
            }
            if (m.group(2) == null) { // entries of other languages are not needed
                List<String> sub = m.group(3) == null ? List.of() : PxValues.parse(m.group(3));
                entries.putIfAbsent(
                        key(keyword, sub.isEmpty() ? null : String.join("\u0000", sub)),
                        new Entry(PxValues.parse(raw), line));
            }
        }
    }

    private static String key(String keyword, String subkey) {
        return subkey == null ? keyword : keyword + "(" + subkey + ")";
    }

    private static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private record EncodingChoice(Charset charset, int bomLength, String note) {}

    /** The header's CODEPAGE and CHARSET are plain ASCII, so they can be read before the encoding is known. */
    private static EncodingChoice encoding(Path file) throws IOException {
        TextEncoding detected = TextEncoding.detect(file);
        if (detected.hasBom()) {
            return new EncodingChoice(detected.charset(), detected.bomLength(), "byte-order mark");
        }
        String codepage = null;
        String charset = null;
        try (BufferedReader header = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String line;
            while ((line = header.readLine()) != null && !line.stripLeading().startsWith("DATA")) {
                Matcher m = HEADER_ENCODING.matcher(line);
                if (m.find()) {
                    if (m.group(1).equals("CODEPAGE")) {
                        codepage = m.group(2).strip();
                    } else {
                        charset = m.group(2).strip();
                    }
                }
            }
        }
        if (codepage != null) {
            return new EncodingChoice(codepage(file, codepage), 0, "CODEPAGE " + codepage);
        }
        if ("ANSI".equalsIgnoreCase(charset)) {
            return new EncodingChoice(TextEncoding.WINDOWS_1252, 0, "CHARSET ANSI");
        }
        return new EncodingChoice(detected.charset(), 0, "no CODEPAGE; detected");
    }

    /** PxWeb's "iso-8859-1" is read as Windows-1252: the same letters, plus the dashes and quotes Windows adds. */
    private static Charset codepage(Path file, String name) {
        try {
            Charset named = Charset.forName(name);
            return named.equals(StandardCharsets.ISO_8859_1) ? TextEncoding.WINDOWS_1252 : named;
        } catch (IllegalArgumentException e) {
            throw InputException.ofFile(file, "CODEPAGE \"" + name + "\" is not an encoding Java knows");
        }
    }

    @Override
    public void close() {
        try {
            text.close();
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }
}
