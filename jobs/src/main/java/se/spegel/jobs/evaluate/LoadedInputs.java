package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import se.spegel.jobs.io.SideBySide;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.AreasReader;
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
 * so a user mistake never leaves half an output behind. Participants in Parquet may be left
 * to Spark ({@code onSpark}): then only their footers were read here, {@code participants} is
 * empty, and their ledger joins {@code ledgers} once Spark has judged the rows.
 *
 * @param participantRules the rules participant rows were (or, on Spark, will be) judged by
 */
public record LoadedInputs(Map<String, ProcessRow> processes, List<ParticipantRow> participants,
                           List<String> participantDimensions, List<PopulationTable> population,
                           AreaHierarchy areas, List<InputLedger> ledgers, ParticipantRules participantRules,
                           Optional<ParquetParticipants> onSpark) {

    /** Whether participants are read on the driver, or (Parquet only) left to Spark executors. */
    public enum ParticipantReading { DRIVER, SPARK_FOR_PARQUET }

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
        ProcessesReader.Result processes = ProcessesReader.read(inputs.processes(), config, LoadedInputs::open,
                knownArea);
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
        Path file = inputs.participants();
        if (InputFormat.of(file, "participants", ParticipantsReader.FORMATS) == InputFormat.PABULIB) {
            AreaHierarchy hierarchy = areas;
            ledgers.add(PabulibParticipants.read(file, reader, processes.processes(), hierarchy::codeByName,
                    participants::add));
        } else if (reading == ParticipantReading.SPARK_FOR_PARQUET
                && InputFormat.of(file, "participants", ParticipantsReader.FORMATS) == InputFormat.PARQUET) {
            ParquetParticipants parquet = ParquetParticipants.inspect(file, reader.knownColumns(), config.columnAliases());
            ParticipantRules rules = reader.rules(parquet.columns());
            return checked(new LoadedInputs(processes.processes(), participants, reader.dimensionColumns(), tables,
                    areas, ledgers, rules, Optional.of(parquet)));
        } else {
            ledgers.add(reader.read(file, LoadedInputs::open, participants::add));
        }
        return checked(new LoadedInputs(processes.processes(), participants, reader.dimensionColumns(), tables, areas,
                ledgers, reader.rules(reader.dimensionColumns()), Optional.empty()));
    }

    /**
     * The population tables, read side by side (a national run has several tables of millions of
     * rows); a mistake is reported for the first file in the order given, as when read one by one.
     */
    private static List<PopulationReader.Result> readPopulation(List<Path> files, SpegelConfig config) {
        try {
            return SideBySide.call(files.stream().<java.util.concurrent.Callable<PopulationReader.Result>>map(
                    file -> () -> PopulationReader.read(file, config, LoadedInputs::open)).toList());
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
