package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextEncodingTest {
    @TempDir
    Path dir;

    @Test
    void utf8AndWindows1252AreEachRecognised() throws IOException {
        assertThat(TextEncoding.detect(TestFiles.utf8(dir, "a.csv", "kön", "Män")).charset())
                .isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(TestFiles.windows1252(dir, "b.csv", "kön", "Män")).charset())
                .isEqualTo(TestFiles.WINDOWS_1252);
        assertThat(TextEncoding.detect(TestFiles.utf8WithBom(dir, "c.csv", "kön")).hasBom()).isTrue();
    }

    @Test
    void fileMixingUtf8AndWindows1252LinesNamesTheFirstForeignCharacter() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("gender\r\nkvinna\r\nMän\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Kön Män\r\n".getBytes(TestFiles.WINDOWS_1252));
        Path file = TestFiles.bytes(dir, "mixed.csv", bytes.toByteArray());
        // line 4, "Kön": K is character 1, ö character 2
        assertThatThrownBy(() -> TextEncoding.detect(file)).isInstanceOfSatisfying(InputException.class,
                e -> assertThat(e.userMessage()).startsWith(file + ":4:2: the file mixes UTF-8 and Windows-1252 text (line 3"));
    }

    @Test
    void byteOrderMarkFollowedByWindows1252TextIsAnError() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes("kön\r\n".getBytes(TestFiles.WINDOWS_1252));
        Path file = TestFiles.bytes(dir, "bom.csv", bytes.toByteArray());
        assertThatThrownBy(() -> TextEncoding.detect(file)).isInstanceOfSatisfying(InputException.class,
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
