package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.spegel.jobs.cli.SmallEvaluation.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population table with age bands (as GUS and many SCB tables give them): the bands
 * become the age categories, and a band that is only partly eligible is left out on both
 * sides instead of comparing 16-19-year-olds with 15-19-year-olds.
 */
class AgeBandPopulationTest {
    @TempDir
    Path dir;

    @Test
    void partlyEligibleBandIsLeftOutOnBothSides() throws IOException {
        SmallEvaluation.Result result = new SmallEvaluation(dir)
                .run(
                        "process_id,name,method,area_code,period,min_age\n"
                                + "pb,Budget,participatory_budget,1465011,2020,16\n",
                        "process_id,person_id,age\n"
                                + "pb,a,16\npb,b,19\n" // in the 15-19 band: outside the compared ages
                                + "pb,c,21\npb,d,23\npb,e,40\npb,f,70\n",
                        "period,area_code,age_band,count\n"
                                + "2020,1465011,15-19,50\n2020,1465011,20-24,100\n2020,1465011,25-64,200\n"
                                + "2020,1465011,65 i więcej,100\n");
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<String> gaps = result.lines("category_gaps");
        // compared: ages 20+ -> participants c, d (20-24), e (25-64), f (65+) = 4; residents 400
        // 20-24: share 2/4 = 0.5, pop 100/400 = 0.25, gap 25 pp, ratio 2, per 1000 = 20
        assertThat(row(gaps, ",age,20-24,")).contains(",age,20-24,2,0.5,").contains(",100,0.25,25,2,20,");
        assertThat(row(gaps, ",age,65+,")).contains(",age,65+,1,0.25,").contains(",100,0.25,0,1,10,");
        assertThat(gaps).noneMatch(l -> l.contains(",age,15-19,"));

        // universe 20+ (open top); the two 16-19-year-olds are outside it
        // (then the chance columns: 4 answers are below conf's min-n of 20, so the verdict is too_few;
        // then the population side: a register, no survey n or source)
        assertThat(row(result.lines("dimension_summary"), ",age,"))
                .contains(",population.csv,20,,2,")
                .endsWith(",too_few,register,,");
    }
}
