import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A metrics folder cut to its first N processes (in process_summary's order), for timing reports on
 * a fixed set: {@code java bench/scripts/FirstProcesses.java METRICS_DIR N OUT_DIR}. Every CSV with a
 * process_id column keeps the rows of those processes, byte for byte; the others are copied whole.
 * Parquet folders are not copied (reports read the CSVs).
 */
public class FirstProcesses {
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: java FirstProcesses.java METRICS_DIR N OUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        Set<String> keep = new LinkedHashSet<>();
        List<String> summary = records(Files.readString(in.resolve("process_summary.csv"), StandardCharsets.UTF_8));
        int column = fields(summary.get(0)).indexOf("process_id");
        for (String record : summary.subList(1, summary.size())) {
            if (keep.size() == n) {
                break;
            }
            keep.add(fields(record).get(column));
        }
        try (Stream<Path> files = Files.list(in)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                List<String> rows = records(Files.readString(file, StandardCharsets.UTF_8));
                int id = fields(rows.get(0)).indexOf("process_id");
                StringBuilder text = new StringBuilder(rows.get(0));
                for (String record : rows.subList(1, rows.size())) {
                    if (id < 0 || keep.contains(fields(record).get(id))) {
                        text.append(record);
                    }
                }
                Files.writeString(out.resolve(file.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        System.err.println("kept " + keep.size() + " processes in " + out);
    }

    /** The records of a CSV text, each with its line end, quoted line breaks kept inside. */
    static List<String> records(String text) {
        List<String> records = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                records.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            records.add(text.substring(start) + "\n");
        }
        return records;
    }

    /** The fields of one record (RFC 4180 quoting). */
    static List<String> fields(String record) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        String line = record.endsWith("\r\n") ? record.substring(0, record.length() - 2)
                : record.endsWith("\n") ? record.substring(0, record.length() - 1) : record;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
