package se.spegel.schema.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u0000",
                "\u0001",
                "\u0007",
                "\u001b[31m",
                "\u007f",
                "\u0085",
                "\u009b",
                "\u202a",
                "\u202b",
                "\u202c",
                "\u202d",
                "\u202e",
                "\u2066",
                "\u2067",
                "\u2068",
                "\u2069"
            })
    void controlAndBidirectionalFormattingCharactersAreRefusedWithTheirCodeAndPosition(String character) {
        String problem = UnsafeText.problem("ab" + character + "c");
        assertThat(problem)
                .contains(String.format("U+%04X", (int) character.charAt(0)))
                .contains("at position 3")
                .doesNotContain(character);
    }

    @Test
    void layoutCharactersOrdinaryLettersAndFiveHundredCharactersAreAllowed() {
        assertThat(UnsafeText.problem("Möte i byn\tdel 1\r\nKväll")).isNull();
        assertThat(UnsafeText.problem("مجلس المواطنين \u200f")).isNull(); // right-to-left letters and marks are text
        assertThat(UnsafeText.problem("x".repeat(UnsafeText.MAX_LENGTH))).isNull();
        assertThat(UnsafeText.problem("x".repeat(100_000)))
                .isEqualTo("is 100000 characters long; at most 500 are allowed");
    }

    @Test
    void escapedWritesEveryRefusedCharacterAsItsCode() {
        assertThat(UnsafeText.escaped("a\u001b[31mb\u202ec")).isEqualTo("a\\u001B[31mb\\u202Ec");
        assertThat(UnsafeText.escaped("plain")).isEqualTo("plain");
    }

    @Test
    void shownValuesNeverRepeatAnIdentifierNorACommandToTheTerminal() {
        assertThat(ShownValue.quoted("19850512-1234")).isEqualTo(ShownValue.WITHHELD);
        assertThat(ShownValue.quoted("karin.ek@example.se")).isEqualTo(ShownValue.WITHHELD);
        assertThat(ShownValue.quoted("070-123 45 67")).isEqualTo(ShownValue.WITHHELD);
        assertThat(ShownValue.quoted("\u001b]8;;http://evil\u0007x")).isEqualTo("'\\u001B]8;;http://evil\\u0007x'");
        assertThat(ShownValue.quoted("tjugotvå")).isEqualTo("'tjugotvå'");
        assertThat(ShownValue.quoted("y".repeat(50))).isEqualTo("'" + "y".repeat(37) + "...'");
    }
}
