package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.spegel.schema.Method;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.ResponseIndicator;

class ResponseIndicatorRowsTest {
    private static final ProcessRow ASSEMBLY = process("invited", "responded", "selected");

    @Test
    void aSmallCategoryAndItsNextSmallestAreWithheldButTheVariableRowIsNot() {
        // district c had 3 invited: below 5, so withheld; alone, it would follow from the variable row, so b (40) goes
        // too
        Map<String, Long> invited = cells("a", 100L, "b", 40L, "c", 3L);
        Map<String, Long> responded = cells("a", 30L, "b", 10L, "c", 1L);
        List<ResponseIndicator> rows = new ResponseIndicatorRows(List.of("district"), 50, 5)
                .rows(ASSEMBLY, List.of("district"), (stage, key) -> stage == 0 ? invited : responded);
        assertThat(rows).extracting(ResponseIndicator::category).containsExactly(null, "a", "b", "c");
        assertThat(rows).extracting(ResponseIndicator::suppressed).containsExactly(false, false, true, true);
        assertThat(rows.get(0).partialUnconditional()).isPositive();
        assertThat(rows.get(1).partialUnconditional()).isNotNull();
        assertThat(rows.get(2).partialUnconditional()).isNull();
        assertThat(rows.get(3).partialConditional()).isNull();
        assertThat(rows.get(3).partialConditionalSe()).isNull();
    }

    @Test
    void twoVariablesAreTheCellsOfTheirIntersectionInEitherOrder() {
        // conf names gender first, the compared intersection is age×gender: cells are split by the intersection's order
        Map<String, Long> invited = cells("16-24×man", 50L, "16-24×kvinna", 50L, "65+×man", 50L, "65+×kvinna", 50L);
        Map<String, Long> responded = cells("16-24×man", 10L, "16-24×kvinna", 20L, "65+×man", 30L, "65+×kvinna", 40L);
        List<ResponseIndicator> rows = new ResponseIndicatorRows(List.of("gender", "age"), 50, 5)
                .rows(
                        ASSEMBLY,
                        List.of("age", "gender", "age×gender"),
                        (stage, key) -> stage == 0 ? invited : responded);
        assertThat(rows)
                .extracting(ResponseIndicator::variable)
                .containsExactly("gender", "gender", "gender", "age", "age", "age");
        assertThat(rows)
                .extracting(ResponseIndicator::category)
                .containsExactly(null, "man", "kvinna", null, "16-24", "65+");
        // men responded 40 of 100, women 60 of 100, overall 0.5: P_U(gender, man) = √0.5·(0.4 − 0.5)
        assertThat(rows.get(1).partialUnconditional())
                .isCloseTo(Math.sqrt(0.5) * -0.1, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(rows.get(0).model()).isEqualTo("age×gender");
    }

    @Test
    void onlyARandomInvitationWithItsModelComparedGetsRows() {
        Map<String, Long> some = cells("a", 10L, "b", 10L);
        ResponseIndicatorRows rows = new ResponseIndicatorRows(List.of("district"), 50, 5);
        assertThat(rows.rows(process("attended"), List.of("district"), (s, k) -> some))
                .isEmpty();
        assertThat(rows.rows(ASSEMBLY, List.of("age"), (s, k) -> some)).isEmpty();
    }

    private static Map<String, Long> cells(Object... pairs) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            cells.put((String) pairs[i], (Long) pairs[i + 1]);
        }
        return cells;
    }

    private static ProcessRow process(String... stages) {
        return new ProcessRow(
                "p", "P", Method.CITIZENS_ASSEMBLY, "1480", 2024, null, null, null, null, List.of(stages));
    }
}
