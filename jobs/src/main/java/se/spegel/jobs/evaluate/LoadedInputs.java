package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.AreasReader;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.PopulationReader;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.ProcessesReader;
import se.spegel.schema.input.pabulib.PabulibParticipants;

/**
 * All inputs read and validated. Reading happens completely before anything is written,
 * so a user mistake never leaves half an output behind.
 */
public record LoadedInputs(Map<String, ProcessRow> processes, List<ParticipantRow> participants,
                           List<String> participantDimensions, List<PopulationTable> population,
                           AreaHierarchy areas, List<InputLedger> ledgers) {

    private static PopulationReader.Result populationTable(Path file, SpegelConfig config) {
        if (!ParquetTable.isParquet(file)) {
            return PopulationReader.read(file, config);
        }
        ParquetTable table = ParquetTable.read(file, PopulationReader.knownColumns(config), config.columnAliases(), false);
        return PopulationReader.read(file, table.columns(), table.rows(), config);
    }

    public static LoadedInputs read(EvaluationInputs inputs, SpegelConfig config) {
        List<InputLedger> ledgers = new ArrayList<>();
        // the hierarchy first: processes' target areas and participants' residences are checked against it
        AreaHierarchy areas = AreaHierarchy.empty();
        InputLedger areasLedger = null;
        if (inputs.areas().isPresent()) {
            Path file = inputs.areas().get();
            AreasReader.Result read = AreasReader.read(file, config);
            areasLedger = read.ledger();
            areas = new AreaHierarchy(read.areas(), file);
        }
        Predicate<String> knownArea = areas.isEmpty() ? code -> true : areas::contains;
        ProcessesReader.Result processes = ProcessesReader.read(inputs.processes(), config, knownArea);
        ledgers.add(processes.ledger());
        if (areasLedger != null) {
            ledgers.add(areasLedger);
        }
        List<PopulationTable> tables = new ArrayList<>();
        for (Path file : inputs.population()) {
            PopulationReader.Result read = populationTable(file, config);
            ledgers.add(read.ledger());
            tables.add(read.table());
        }
        List<ParticipantRow> participants = new ArrayList<>();
        ParticipantsReader reader = new ParticipantsReader(config, processes.processes());
        Path file = inputs.participants();
        if (file.getFileName().toString().endsWith(".pb")) {
            AreaHierarchy hierarchy = areas;
            ledgers.add(PabulibParticipants.read(file, reader, processes.processes(), hierarchy::codeByName,
                    participants::add));
        } else if (ParquetTable.isParquet(file)) {
            ParquetTable table = ParquetTable.read(file, reader.knownColumns(), config.columnAliases(), true);
            ledgers.add(table.withDroppedColumns(reader.read(file, table.columns(), table.rows(), participants::add)));
        } else {
            ledgers.add(reader.read(file, participants::add));
        }
        LoadedInputs loaded = new LoadedInputs(processes.processes(), participants, reader.dimensionColumns(), tables,
                areas, ledgers);
        CrossFileChecks.warn(loaded);
        return loaded;
    }
}
