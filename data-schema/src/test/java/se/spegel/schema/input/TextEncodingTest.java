package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.config.SpegelConfig;

class TextEncodingTest {
    @TempDir
    Path dir;

    @Test
    void detectionSaysOnWhichLineTheFileStoppedBeingUtf8() throws IOException {
        List<String> lines = new ArrayList<>(List.of("process_id;person_id;gender"));
        for (int i = 0; i < 5000; i++) {
            lines.add("mote;p" + i + ";man"); // thousands of plain ASCII lines first
        }
        lines.add("mote;sist;kvinna född i Malmö");
        TextEncoding encoding = TextEncoding.detect(TestFiles.windows1252(dir, "p.csv", lines.toArray(String[]::new)));
        assertThat(encoding.charset()).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(encoding.firstNonUtf8Line()).isEqualTo(5002);
        assertThat(encoding.describe()).isEqualTo("Windows-1252 (not UTF-8 from line 5002)");
    }

    @Test
    void excelsUnicodeTextIsUtf16WithAByteOrderMark() throws IOException {
        byte[] text = "process_id\tperson_id\tkön\r\nmote\ta\tkvinna\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[text.length + 2];
        all[0] = (byte) 0xFF;
        all[1] = (byte) 0xFE;
        System.arraycopy(text, 0, all, 2, text.length);
        Path file = TestFiles.bytes(dir, "unicode.txt", all);
        assertThat(TextEncoding.detect(file).charset()).isEqualTo(StandardCharsets.UTF_16LE);
        try (CsvInput input = CsvInput.open(
                file,
                List.of("process_id", "person_id", "gender"),
                List.of("process_id", "person_id"),
                SpegelConfig.defaults().columnAliases(),
                false)) {
            assertThat(input.columns()).containsExactly("process_id", "person_id", "gender");
            assertThat(input.delimiter()).isEqualTo('\t');
            List<String> genders = new ArrayList<>();
            input.forEach(row -> genders.add(row.text("gender")), (line, column, reason, detail) -> {});
            assertThat(genders).containsExactly("kvinna");
        }
    }

    @Test
    void aDeclarationThatContradictsTheByteOrderMarkIsAMistake() {
        Path file = TestFiles.utf8WithBom(dir, "p.csv", "process_id;person_id", "mote;a");
        assertThatThrownBy(() -> TextEncoding.of(file, Optional.of(TextEncoding.WINDOWS_1252)))
                .isInstanceOf(InputException.class)
                .hasMessage("the file starts with a UTF-8 byte-order mark, so it is UTF-8, but the declared encoding is"
                        + " windows-1252; leave out --encoding (or spegel.input.encoding)");
    }

    @Test
    void aDeclaredUtf8FileWithWindows1252BytesNamesTheExactLine() {
        List<String> lines = new ArrayList<>(List.of("process_id;person_id;gender"));
        for (int i = 0; i < 3000; i++) {
            lines.add("mote;p" + i + ";man");
        }
        lines.add("mote;sist;kvinna född i Malmö");
        Path file = TestFiles.windows1252(dir, "p.csv", lines.toArray(String[]::new));
        CsvInput input = CsvInput.open(
                file,
                new TableSpec(
                        "participants",
                        List.of("process_id", "person_id", "gender"),
                        List.of("process_id", "person_id"),
                        false),
                ColumnAliases.none(),
                Optional.of(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> input.forEach(row -> {}, (line, column, reason, detail) -> {}))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).line())
                .isEqualTo(3002L);
    }

    @Test
    void utf8AndWindows1252AreEachRecognised() throws IOException {
        assertThat(TextEncoding.detect(TestFiles.utf8(dir, "a.csv", "kön", "Män"))
                        .charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(TestFiles.windows1252(dir, "b.csv", "kön", "Män"))
                        .charset())
                .isEqualTo(TestFiles.WINDOWS_1252);
        assertThat(TextEncoding.detect(TestFiles.utf8WithBom(dir, "c.csv", "kön"))
                        .hasBom())
                .isTrue();
    }

    @Test
    void fileMixingUtf8AndWindows1252LinesNamesTheFirstForeignCharacter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("gender\r\nkvinna\r\nMän\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Kön Män\r\n".getBytes(TestFiles.WINDOWS_1252));
        Path file = TestFiles.bytes(dir, "mixed.csv", bytes.toByteArray());
        // line 4, "Kön": K is character 1, ö character 2
        assertThatThrownBy(() -> TextEncoding.detect(file))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .startsWith(file + ":4:2: the file mixes UTF-8 and Windows-1252 text (line 3"));
    }

    @Test
    void byteOrderMarkFollowedByWindows1252TextIsAnError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("kön\r\n".getBytes(TestFiles.WINDOWS_1252));
        Path file = TestFiles.bytes(dir, "bom.csv", bytes.toByteArray());
        assertThatThrownBy(() -> TextEncoding.detect(file))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage()).startsWith(file + ":1:2: this character is not UTF-8"));
    }

    @Test
    void overlongAndSurrogateSequencesAreNotUtf8() throws IOException {
        // C0 AF is an overlong '/', ED A0 80 a lone surrogate: both invalid UTF-8, read as Windows-1252
        Path overlong = TestFiles.bytes(dir, "o.csv", new byte[] {'a', (byte) 0xC0, (byte) 0xAF, '\n'});
        Path surrogate = TestFiles.bytes(dir, "s.csv", new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
        assertThat(TextEncoding.detect(overlong).charset()).isEqualTo(TestFiles.WINDOWS_1252);
        assertThat(TextEncoding.detect(surrogate).charset()).isEqualTo(TestFiles.WINDOWS_1252);
    }
}
