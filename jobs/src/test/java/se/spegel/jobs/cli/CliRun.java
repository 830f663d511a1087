package se.spegel.jobs.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;

/** Runs the command line in-process and keeps its exit code, standard output and error output. */
record CliRun(int exitCode, String out, String err) {
    static CliRun of(List<String> args) {
        return of(args.toArray(String[]::new));
    }

    static CliRun of(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = SpegelCli.execute(new PrintWriter(err, true), args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(stdout);
        }
    }

    /** A command's --help text. */
    static String help(String command) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SpegelCli());
        cli.setOut(new PrintWriter(out));
        cli.execute(command, "--help");
        return out.toString();
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
