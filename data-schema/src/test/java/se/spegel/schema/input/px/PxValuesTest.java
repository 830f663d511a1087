package se.spegel.schema.input.px;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PxValuesTest {
    @Test
    void quotedItemsAreSeparatedByCommasAcrossLines() {
        assertThat(PxValues.parse("\"0 år\",\"1 år\",\r\n\"100+ år\"")).containsExactly("0 år", "1 år", "100+ år");
    }

    @Test
    void stringsOnConsecutiveLinesWithoutACommaAreOneText() {
        assertThat(PxValues.parse("\"Uppgifterna avser \"\r\n\"31 december; se noten.\""))
                .containsExactly("Uppgifterna avser 31 december; se noten.");
    }

    @Test
    void bareWordsAreItemsAndCommasInsideParenthesesDoNotSplit() {
        assertThat(PxValues.parse("TLIST(A1),\"2022\",\"2023\"")).containsExactly("TLIST(A1)", "2022", "2023");
        assertThat(PxValues.parse("TLIST(A1, \"1994\"-\"1996\")")).containsExactly("TLIST(A1,1994-1996)");
        assertThat(PxValues.parse("0")).containsExactly("0");
    }

    @Test
    void anEmptyStringIsOneEmptyItem() {
        assertThat(PxValues.parse("\"\"")).containsExactly("");
        assertThat(PxValues.parse("")).isEmpty();
    }
}
