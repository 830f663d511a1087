package se.spegel.jobs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import se.spegel.jobs.io.HadoopPaths;
import se.spegel.jobs.output.Versions;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.schema.input.InputException;

/** The {@code spegel} command line. Exit codes: 0 ok, 2 bad input or usage, 1 internal error. */
@Command(
        name = "spegel",
        mixinStandardHelpOptions = true,
        versionProvider = SpegelCli.Version.class,
        description = {"Did the people who took part in a citizen dialogue mirror the people who live there?", ""},
        subcommands = {
            ValidateCommand.class,
            EvaluateCommand.class,
            ReportCommand.class,
            CompareCommand.class,
            RunCommand.class,
            DemoCommand.class,
            WeightsCommand.class,
            BudgetCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {
            "",
            "Example:",
            "  ./spegel demo",
            "  ./spegel run examples/exempelstad/job.conf",
            "  ./spegel evaluate --processes processes.csv --participants participants.csv \\",
            "      --population population_age_gender.csv --areas areas.csv --out out/"
        })
public final class SpegelCli implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "choose a command, e.g. `spegel demo`");
    }

    public static void main(String[] args) {
        SubmitLogging.replaceSparkDefaults();
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.err, true), args);
    }

    /** Runs the command line with error messages going to {@code err}. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SpegelCli());
        cli.setErr(err);
        cli.getSubcommands().get("help").getCommandSpec().usageMessage().footer("", "Example:", "  ./spegel help run");
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
        return cli.execute(args);
    }

    static int handle(Exception e, PrintWriter err) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof InputException input) {
                err.println("spegel: error: " + HadoopPaths.withOrigins(input.userMessage()));
                return BAD_INPUT;
            }
            if (cause instanceof InvalidMetricsException metrics) {
                err.println("spegel: error: " + metrics.getMessage());
                return BAD_INPUT;
            }
            cause = cause.getCause();
        }
        err.println("spegel: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                "spegel " + Versions.spegel(), "Spark " + Versions.spark(), "Java " + System.getProperty("java.version")
            };
        }
    }
}
