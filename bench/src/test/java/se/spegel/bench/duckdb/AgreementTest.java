package se.spegel.bench.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementTest {
    private static final String HEADER =
            "process_id,method,stage,dimension,category,n,share,share_ci_low,share_ci_high,"
                    + "pop_count,pop_share,gap_pp,ratio,per_1000,p_value,significant,suppressed\n";

    @TempDir
    Path tmp;

    private Agreement.Result check(String rows, List<Cell> cells) throws Exception {
        Path csv = tmp.resolve("category_gaps.csv");
        Files.writeString(csv, HEADER + rows);
        return Agreement.check(cells, csv);
    }

    @Test
    void publishedCountsAndPopulationSharesThatMatchAgree() throws Exception {
        Agreement.Result r = check(
                """
                p1,open_meeting,attended,gender,kvinna,12,0.6,,,300,0.5,,,,,,false
                p1,open_meeting,attended,gender,man,8,0.4,,,300,0.5,,,,,,false
                """,
                List.of(
                        new Cell("p1", "attended", "gender", "kvinna", 12, 300L, 0.5),
                        new Cell("p1", "attended", "gender", "man", 8, 300L, 0.5)));
        assertThat(r.agrees()).isTrue();
        assertThat(r.summary()).isEqualTo("agree: all 2 rows (2 published n, 0 withheld)");
    }

    @Test
    void aDifferentCountIsReportedWithBothValues() throws Exception {
        Agreement.Result r = check(
                "p1,open_meeting,attended,gender,kvinna,12,1,,,300,0.5,,,,,,false\n",
                List.of(new Cell("p1", "attended", "gender", "kvinna", 13, 300L, 0.5)));
        assertThat(r.agrees()).isFalse();
        assertThat(r.mismatched()).isEqualTo(1);
        assertThat(r.examples()).containsExactly("p1/attended/gender/kvinna: n 12 vs DuckDB 13");
    }

    @Test
    void aWithheldRowIsNotComparedButMustHideAParticipant() throws Exception {
        Agreement.Result r = check(
                """
                p1,open_meeting,attended,gender,annat,,,,,,,,,,,,true
                p1,open_meeting,attended,gender,man,,,,,,,,,,,,true
                """,
                List.of(
                        new Cell("p1", "attended", "gender", "annat", 3, null, null),
                        new Cell("p1", "attended", "gender", "man", 0, null, null)));
        assertThat(r.withheld()).isEqualTo(2);
        assertThat(r.examples()).containsExactly("p1/attended/gender/man: withheld, but DuckDB counts 0");
    }

    @Test
    void rowsOnOneSideOnlyDisagree() throws Exception {
        Agreement.Result r = check(
                "p1,open_meeting,attended,age,16-24,0,0,,,10,1,,,,,,false\n",
                List.of(new Cell("p1", "attended", "age", "25-34", 0, 10L, 1.0)));
        assertThat(r.missingInSpegel()).isEqualTo(1);
        assertThat(r.extraInSpegel()).isEqualTo(1);
        assertThat(r.summary())
                .isEqualTo("DISAGREE: 0 of 1 rows match; 0 differ, 1 missing in Spegel, 1 only in Spegel");
    }
}
