package se.spegel.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One in-process run of the command line, its standard output and error stream captured. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = SpegelCli.execute(new PrintWriter(err, true), args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    /** The one line of a bad-input error, without its "spegel: error: " prefix; fails on anything else. */
    String oneLineError() {
        String error = err.strip();
        if (exitCode != SpegelCli.BAD_INPUT || !error.startsWith("spegel: error: ") || error.contains("\n")) {
            throw new AssertionError("expected exit 2 with one error line, got exit " + exitCode + ":\n" + err + out);
        }
        return error.substring("spegel: error: ".length());
    }
}
