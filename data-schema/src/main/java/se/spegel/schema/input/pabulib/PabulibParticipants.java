package se.spegel.schema.input.pabulib;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.ProcessRow;

/**
 * A Pabulib file as participants of one participatory-budget process: each voter is a
 * participant (age, sex as gender, neighbourhood as residence when it names a known area),
 * read under exactly the rules of a participants CSV. The process is the file's name without
 * {@code .pb}, and must be listed in processes (its target area and population year are not
 * in the file).
 */
public final class PabulibParticipants {
    private static final List<String> COLUMNS = List.of(PROCESS_ID, PERSON_ID, AGE, GENDER, AREA_CODE);

    private PabulibParticipants() {}

    public static String processId(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".pb") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * @param areaByName the area code of a neighbourhood name, or null when it names no known area
     */
    public static InputLedger read(
            Path file,
            ParticipantsReader reader,
            Map<String, ProcessRow> processes,
            UnaryOperator<String> areaByName,
            Consumer<ParticipantRow> sink) {
        String processId = processId(file);
        if (!processes.containsKey(processId)) {
            throw InputException.ofFile(
                    file,
                    "this Pabulib file is process '" + processId
                            + "'; add a row for it to processes (with its area_code and population period)");
        }
        PabulibFile pb = PabulibReader.read(file);
        List<CsvRow> rows = new ArrayList<>(pb.voters().size());
        for (PbVoter voter : pb.voters()) {
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(PROCESS_ID, processId);
            cells.put(PERSON_ID, voter.voterId());
            cells.put(AGE, voter.age() == null ? "" : voter.age().toString());
            cells.put(GENDER, voter.sex());
            cells.put(AREA_CODE, voter.neighborhood() == null ? null : areaByName.apply(voter.neighborhood()));
            rows.add(CsvRow.of(file, voter.line(), cells));
        }
        return reader.read(file, COLUMNS, rows, sink);
    }
}
