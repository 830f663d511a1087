package se.spegel.schema.input;

import java.nio.file.Path;
import se.spegel.schema.config.SpegelConfig;

/** Opens an input file as rows of a table, choosing the reader by the file's format. */
@FunctionalInterface
public interface TableOpener {
    RowSource open(Path file, TableSpec spec, SpegelConfig config);

    /**
     * The formats this module reads itself: CSV and Excel workbooks. Parquet needs Hadoop's
     * readers, which the jobs module adds in its own opener.
     */
    static RowSource openText(Path file, TableSpec spec, SpegelConfig config) {
        return switch (InputFormat.of(file, spec.role(), InputFormat.TABLES)) {
            case CSV -> CsvInput.open(file, spec, config.columnAliases(), config.inputEncoding());
            case XLSX -> se.spegel.schema.input.xlsx.XlsxTable.read(file, spec, config.columnAliases());
            default -> throw InputException.ofFile(file, "Parquet input is read by the spegel command line, not here");
        };
    }
}
