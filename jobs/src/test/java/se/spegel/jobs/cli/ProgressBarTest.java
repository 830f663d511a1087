package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutATerminalAFewCountedLinesAreWritten() {
        ProgressBar bar = new ProgressBar(out, false);
        for (int done = 1; done <= 40; done++) {
            bar.rendered(done, 40, "process-" + done);
        }
        // the first, then one line each time another tenth is done (every 4th report): 1, 4, 8, ..., 36, 40
        assertThat(text().lines())
                .hasSize(11)
                .startsWith("  report 1/40: process-1", "  report 4/40: process-4")
                .endsWith("  report 40/40: process-40");
    }

    @Test
    void fewReportsGetALineEach() {
        ProgressBar bar = new ProgressBar(out, false);
        bar.rendered(1, 3, "a");
        bar.rendered(2, 3, "b");
        bar.rendered(3, 3, "comparison");
        assertThat(text())
                .isEqualTo("  report 1/3: a\n  report 2/3: b\n  report 3/3: comparison\n"
                        .replace("\n", System.lineSeparator()));
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndEndsTheLineWhenDone() {
        ProgressBar bar = new ProgressBar(out, true);
        bar.rendered(5, 20, "medborgarrad-klimat");
        assertThat(text()).isEqualTo("\r  reports [#####...............]  5/20  medborgarrad-klimat\u001b[K");
        bar.rendered(20, 20, "comparison");
        assertThat(text())
                .endsWith("\r  reports [####################] 20/20  comparison\u001b[K" + System.lineSeparator());
    }
}
