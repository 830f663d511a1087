package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.spegel.jobs.io.SideBySide;
import se.spegel.jobs.io.SparkSources;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.AreasReader;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputFormat;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.PopulationReader;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.ProcessesReader;
import se.spegel.schema.input.RowSource;
import se.spegel.schema.input.TableOpener;
import se.spegel.schema.input.TableSpec;
import se.spegel.schema.input.pabulib.PabulibParticipants;

/**
 * All inputs read and validated. Reading happens completely before anything is written,
 * so a user mistake never leaves half an output behind. Participants in Parquet or another Spark
 * data source are left to Spark ({@code onSpark}): then only Parquet footers were read here,
 * {@code participants} is empty, and their ledgers join {@code ledgers} once Spark has judged the
 * rows. Participants may come in several files of one kind (read on the driver, or by Spark).
 *
 * @param participantRules the rules participant rows were (or, on Spark, will be) judged by
 */
public record LoadedInputs(
        Map<String, ProcessRow> processes,
        List<ParticipantRow> participants,
        List<String> participantDimensions,
        List<PopulationTable> population,
        AreaHierarchy areas,
        List<InputLedger> ledgers,
        ParticipantRules participantRules,
        List<SparkParticipants> onSpark) {

    /** Whether participants are read on the driver, or (Parquet only) left to Spark executors. */
    public enum ParticipantReading {
        DRIVER,
        SPARK_FOR_PARQUET
    }

    public static LoadedInputs read(EvaluationInputs inputs, SpegelConfig config) {
        return read(inputs, config, ParticipantReading.DRIVER);
    }

    public static LoadedInputs read(EvaluationInputs inputs, SpegelConfig config, ParticipantReading reading) {
        List<InputLedger> ledgers = new ArrayList<>();
        // the hierarchy first: processes' target areas and participants' residences are checked against it
        AreaHierarchy areas = AreaHierarchy.empty();
        InputLedger areasLedger = null;
        if (inputs.areas().isPresent()) {
            Path file = inputs.areas().get();
            AreasReader.Result read = AreasReader.read(file, config, LoadedInputs::open);
            areasLedger = read.ledger();
            areas = new AreaHierarchy(read.areas(), file);
        }
        Predicate<String> knownArea = areas.isEmpty() ? code -> true : areas::contains;
        ProcessesReader.Result processes =
                ProcessesReader.read(inputs.processes(), config, LoadedInputs::open, knownArea);
        ledgers.add(processes.ledger());
        if (areasLedger != null) {
            ledgers.add(areasLedger);
        }
        List<PopulationTable> tables = new ArrayList<>();
        for (PopulationReader.Result read : readPopulation(inputs.population(), config)) {
            ledgers.add(read.ledger());
            tables.add(read.table());
        }
        List<ParticipantRow> participants = new ArrayList<>();
        ParticipantsReader reader = new ParticipantsReader(config, processes.processes());
        List<SparkParticipants> onSpark = new ArrayList<>();
        List<Path> files = ParticipantFiles.expand(inputs.participantFiles());
        for (Path file : files) {
            Optional<SparkSources.Source> source = SparkSources.source(file);
            boolean parquet = source.map(SparkSources.Source::isParquet)
                    .orElseGet(() ->
                            InputFormat.of(file, "participants", ParticipantsReader.FORMATS) == InputFormat.PARQUET);
            if (source.isPresent() && reading == ParticipantReading.DRIVER) {
                throw InputException.ofFile(
                        file,
                        "is read by Spark where it lies, which evaluate and run do;"
                                + " give a local copy to validate, weights and budget");
            } else if (source.isPresent() && !parquet) {
                onSpark.add(SparkParticipants.unresolved(file, source.get()));
            } else if (parquet && reading == ParticipantReading.SPARK_FOR_PARQUET) {
                String location = source.map(SparkSources.Source::location)
                        .orElseGet(() -> file.toAbsolutePath().toUri().toString());
                onSpark.add(SparkParticipants.inspect(file, location, reader.knownColumns(), config.columnAliases()));
            } else if (InputFormat.of(file, "participants", ParticipantsReader.FORMATS) == InputFormat.PABULIB) {
                AreaHierarchy hierarchy = areas;
                ledgers.add(PabulibParticipants.read(
                        file, reader, processes.processes(), hierarchy::codeByName, participants::add));
            } else {
                ledgers.add(reader.read(file, LoadedInputs::open, participants::add));
            }
        }
        if (!onSpark.isEmpty() && onSpark.size() < files.size()) {
            throw InputException.ofFile(
                    files.get(0),
                    "participants come in files Spark reads (Parquet, data sources)"
                            + " and files read on the driver (CSV, Excel, Pabulib): give them in one kind");
        }
        if (!onSpark.isEmpty()) {
            return checked(withRules(
                    new LoadedInputs(
                            processes.processes(), participants, List.of(), tables, areas, ledgers, null, onSpark),
                    config));
        }
        return checked(new LoadedInputs(
                processes.processes(),
                participants,
                reader.dimensionColumns(),
                tables,
                areas,
                ledgers,
                reader.rules(reader.dimensionColumns()),
                onSpark));
    }

    /**
     * The inputs with every Spark data source's columns as Spark reads them (a session runs now),
     * and the participant rules and dimensions for the columns of all participant sources.
     */
    public LoadedInputs resolvedOn(org.apache.spark.sql.SparkSession spark, SpegelConfig config) {
        if (onSpark.stream().allMatch(SparkParticipants::isResolved)) {
            return this;
        }
        ParticipantsReader reader = new ParticipantsReader(config, processes);
        List<SparkParticipants> resolved = onSpark.stream()
                .map(p -> p.resolved(spark, reader.knownColumns(), config.columnAliases()))
                .toList();
        return withRules(
                new LoadedInputs(
                        processes,
                        participants,
                        participantDimensions,
                        population,
                        areas,
                        ledgers,
                        participantRules,
                        resolved),
                config);
    }

    private static LoadedInputs withRules(LoadedInputs loaded, SpegelConfig config) {
        loaded.onSpark().stream()
                .filter(SparkParticipants::isResolved)
                .forEach(p -> RowSource.requireColumns(
                        p.file(), p.columns(), se.spegel.schema.Columns.PARTICIPANTS_REQUIRED));
        ParticipantsReader reader = new ParticipantsReader(config, loaded.processes());
        List<String> columns = new ArrayList<>();
        loaded.onSpark()
                .forEach(p ->
                        p.columns().stream().filter(c -> !columns.contains(c)).forEach(columns::add));
        ParticipantRules rules = reader.rules(columns);
        return new LoadedInputs(
                loaded.processes(),
                loaded.participants(),
                reader.dimensionColumns(),
                loaded.population(),
                loaded.areas(),
                loaded.ledgers(),
                rules,
                loaded.onSpark());
    }

    /**
     * The population tables, read side by side (a national run has several tables of millions of
     * rows); a mistake is reported for the first file in the order given, as when read one by one.
     */
    private static List<PopulationReader.Result> readPopulation(List<Path> files, SpegelConfig config) {
        try {
            return SideBySide.call(files.stream()
                    .<java.util.concurrent.Callable<PopulationReader.Result>>map(
                            file -> () -> PopulationReader.read(file, config, LoadedInputs::open))
                    .toList());
        } catch (java.io.IOException e) { // the readers report unreadable files as InputException
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static LoadedInputs checked(LoadedInputs loaded) {
        CrossFileChecks.warn(loaded);
        return loaded;
    }

    /** Opens a table in any format: Parquet here (it needs Hadoop's readers), CSV and Excel in data-schema. */
    static RowSource open(Path file, TableSpec spec, SpegelConfig config) {
        if (InputFormat.of(file, spec.role(), InputFormat.TABLES) != InputFormat.PARQUET) {
            return TableOpener.openText(file, spec, config);
        }
        ParquetTable table = ParquetTable.open(file, spec.known(), config.columnAliases(), spec.dropIdentifiers());
        RowSource.requireColumns(file, table.columns(), spec.required());
        return table;
    }
}
