package se.spegel.jobs.cli;

import java.io.PrintStream;
import se.spegel.reports.RenderProgress;

/**
 * Shows how far rendering many reports has come: on a terminal a bar redrawn in place
 * ({@code reports [#######.............]  7/20  medborgarrad-klimat}), otherwise (a log file, CI)
 * counted lines, at most about ten of them, so that a log shows progress without a line per report.
 */
final class ProgressBar implements RenderProgress {
    private static final int WIDTH = 20;
    private static final int LINES = 10;

    private final PrintStream out;
    private final boolean terminal;
    private int lastStep = -1;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** On standard error; a bar when a person watches the console, counted lines otherwise. */
    static ProgressBar onStandardError() {
        String term = System.getenv("TERM");
        return new ProgressBar(System.err, System.console() != null && !"dumb".equals(term));
    }

    @Override
    public void rendered(int done, int total, String name) {
        if (terminal) {
            int filled = total == 0 ? WIDTH : done * WIDTH / total;
            out.print("\r  reports [" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + padded(done, total)
                    + "/" + total + "  " + fit(name) + "\u001b[K");
            if (done == total) {
                out.println();
            }
        } else {
            int step = done * LINES / Math.max(1, total);
            if (step != lastStep || done == total) {
                out.println("  report " + done + "/" + total + ": " + name);
                lastStep = step;
            }
        }
        out.flush();
    }

    private static String padded(int done, int total) {
        String text = String.valueOf(done);
        return " ".repeat(String.valueOf(total).length() - text.length()) + text;
    }

    /** Long process ids are cut so that the bar stays on one line of a narrow console. */
    private static String fit(String name) {
        return name.length() <= 40 ? name : name.substring(0, 39) + "…";
    }
}
