package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static se.spegel.jobs.cli.SmallEvaluation.row;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `spegel evaluate` on a tiny data set that is not the sample, without an areas file, with
 * every expected number worked out by hand.
 */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void evaluatesAnyContractConformingInputAndWritesHandCheckableNumbers() throws IOException {
        SmallEvaluation.Result result = new SmallEvaluation(dir)
                .run(
                        "process_id;name;method;area_code;period;min_age\n"
                                + "möte;Möte i byn;open_meeting;1480;2024;18\n",
                        // Swedish Excel style: semicolons, Swedish headers, decimal comma weight column left blank
                        "Process;Person;Ålder;Kön;Vikt\n"
                                + "möte;a;30;Kvinna;\nmöte;b;31;K;\nmöte;c;45;kvinna;\nmöte;d;44;Man;\n"
                                + "möte;e;12;Man;\n" // under 18: outside the eligible ages, not compared
                                + "möte;f;40;vill ej uppge;\n", // missing gender
                        // residents aged 18+: 100 women and 100 men; the 10 children are not eligible.
                        // The table covers ages 12-45 (its universe), so every participant above lies inside it.
                        "period,area_code,age,gender,count\n"
                                + "2024,1480,12,män,10\n2024,1480,30,män,60\n2024,1480,30,kvinnor,50\n"
                                + "2024,1480,45,män,40\n2024,1480,45,kvinnor,50\n");
        assertThat(result.exitCode()).as(result.err()).isZero();

        List<String> gaps = result.lines("category_gaps");
        // women: 3 of the 4 eligible participants with a gender = 0.75; residents 100 of 200 = 0.5
        // gap = 100 * (0.75 - 0.5) = 25 pp; ratio 1.5; per 1000 = 1000 * 3 / 100 = 30
        assertThat(row(gaps, "gender,kvinna"))
                .startsWith("möte,open_meeting,attended,gender,kvinna,3,0.75,")
                .contains(",100,0.5,25,1.5,30,");
        assertThat(row(gaps, "gender,man")).contains(",1,0.25,").contains(",100,0.5,-25,0.5,10,");

        // D = 1/2 (|0.75-0.5| + |0.25-0.5|) = 0.25; n_valid 4, one missing
        assertThat(row(result.lines("dimension_summary"), ",gender,"))
                .startsWith("möte,open_meeting,attended,gender,4,1,0,0.25,");

        // 6 participants, the 12-year-old outside the eligible ages
        assertThat(result.lines("process_summary").get(1)).contains(",attended,0,6,0,1,");
    }
}
