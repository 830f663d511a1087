package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import se.spegel.jobs.io.HadoopPaths;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.Reject;
import se.spegel.schema.output.ColumnType;
import se.spegel.schema.output.CsvCells;

/** Writes every rejected input row, with its reason, to rejects/&lt;role&gt;-&lt;file&gt;.csv. */
public final class RejectsWriter {
    private RejectsWriter() {}

    public static void write(List<InputLedger> ledgers, Path rejectsDir) throws IOException {
        java.nio.file.Files.createDirectories(rejectsDir);
        for (InputLedger ledger : ledgers) {
            if (ledger.rowsRejected() == 0) {
                continue;
            }
            Path file = rejectsDir.resolve(ledger.role() + "-" + ledger.file().getFileName()
                    + (ledger.file().toString().endsWith(".csv") ? "" : ".csv"));
            StringBuilder out = new StringBuilder("file,line,column,reason,detail\n");
            for (Reject reject : ledger.rejects()) {
                out.append(String.join(
                                ",",
                                cell(HadoopPaths.origin(reject.file())),
                                Long.toString(reject.line()),
                                cell(reject.column()),
                                cell(reject.reason()),
                                cell(reject.detail())))
                        .append('\n');
            }
            java.nio.file.Files.writeString(file, out);
        }
    }

    private static String cell(String text) {
        return CsvCells.quote(CsvCells.format(text, ColumnType.STRING));
    }
}
