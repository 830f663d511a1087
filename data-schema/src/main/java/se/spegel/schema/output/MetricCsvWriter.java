package se.spegel.schema.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes an output table as Spegel's CSV (comma, '.', UTF-8, one header row, '\n'). */
public final class MetricCsvWriter {
    private MetricCsvWriter() {}

    public static <R> void write(OutputTable<R> table, List<R> rows, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", table.columnNames()));
            out.write('\n');
            List<OutputColumn<R>> columns = table.columns();
            for (R row : rows) {
                out.write(columns.stream()
                        .map(c -> CsvCells.quote(CsvCells.format(c.value().apply(row), c.type())))
                        .collect(Collectors.joining(",")));
                out.write('\n');
            }
        }
    }
}
