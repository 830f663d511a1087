package se.spegel.jobs.cli;

import com.typesafe.config.ConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.schema.config.SpegelConfig;

/** The input options shared by validate and evaluate. */
final class InputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = "--processes",
            required = true,
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description = "processes, one row per dialogue process (CSV, Excel .xlsx or Parquet)")
    Path processes;

    @Option(
            names = "--participants",
            required = true,
            arity = "1..*",
            converter = ParticipantLocationConverter.class,
            paramLabel = "FILE",
            description = "participants, one row per person per process (CSV, Excel .xlsx, Parquet"
                    + " or Pabulib .pb): one file or several, a folder of them, a quoted glob ('data/*.pb'), or a Spark"
                    + " data source read where it lies (orc:PATH, json:PATH, parquet:URI, table:db.name; a Parquet"
                    + " hdfs:// or s3a:// URI is read by Spark too)")
    List<Path> participants;

    @Option(
            names = "--population",
            required = true,
            arity = "1..*",
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description =
                    "population in long form, each file one table (CSV, Excel .xlsx, Parquet or SCB's PC-Axis .px)")
    List<Path> population;

    @Option(
            names = "--areas",
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description = "area hierarchy: area_code, parent_code, level, name (CSV, Excel .xlsx or Parquet)")
    Path areas;

    @Option(
            names = "--quotas",
            arity = "1..*",
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description =
                    "citizens' assemblies' quotas: process_id, feature, value, min, max[, target] (CSV); or a lottery"
                            + " tool's file named <process_id>.csv (sortition-algorithms feature,value,min,max) or"
                            + " <process_id>.json (swedish-sortition criteria)")
    List<Path> quotas = List.of();

    @Option(
            names = "--selection-probabilities",
            arity = "1..*",
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description = "the lottery's selection probability per pool member: process_id,"
                    + " person_id, probability (CSV), or sortition-algorithms' export named <process_id>.csv")
    List<Path> selectionProbabilities = List.of();

    @Option(
            names = "--survey-benchmarks",
            arity = "1..*",
            converter = InputLocationConverter.class,
            paramLabel = "FILE",
            description = "survey shares of attitudinal dimensions (climate worry, trust):"
                    + " dimension, category, share, survey_n[, area_code][, source] (CSV, Excel .xlsx or Parquet);"
                    + " compared with the participants' column of that name, the survey's sampling error included")
    List<Path> surveyBenchmarks = List.of();

    @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file overriding conf/spegel.conf")
    Path conf;

    @Option(
            names = "--encoding",
            paramLabel = "auto|utf-8|windows-1252",
            description =
                    "encoding of the CSV inputs (default from conf spegel.input.encoding: auto, which takes a file"
                            + " that is valid UTF-8 as UTF-8 and any other as Windows-1252)")
    String encoding;

    EvaluationInputs inputs() {
        return new EvaluationInputs(
                processes,
                List.copyOf(participants),
                population,
                Optional.ofNullable(areas),
                quotas,
                selectionProbabilities,
                surveyBenchmarks);
    }

    SpegelConfig config() {
        SpegelConfig config = SpegelConfig.load(Optional.ofNullable(conf));
        if (encoding == null) {
            return config;
        }
        try {
            return config.with("spegel.input.encoding", encoding);
        } catch (ConfigException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--encoding: unknown encoding '" + encoding + "'; use auto, utf-8 or windows-1252");
        }
    }
}
