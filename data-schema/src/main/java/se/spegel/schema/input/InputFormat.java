package se.spegel.schema.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an input file is read, chosen by its ending (a folder is Parquet part files), and checked
 * against its first bytes, so that a workbook named {@code .csv} or a CSV named {@code .xlsx}
 * stops with one line that says what the file really is instead of a page of garbled columns.
 */
public enum InputFormat {
    CSV("CSV", ".csv", ".txt", ".tsv"),
    XLSX("Excel workbook", ".xlsx", ".xlsm"),
    PARQUET("Parquet", ".parquet"),
    PX("PC-Axis (SCB)", ".px"),
    PABULIB("Pabulib", ".pb");

    /** Formats any table (processes, participants, population, areas) can come in. */
    public static final Set<InputFormat> TABLES = Set.of(CSV, XLSX, PARQUET);

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] PARQUET_MAGIC = {'P', 'A', 'R', '1'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final String label;
    private final List<String> endings;

    InputFormat(String label, String... endings) {
        this.label = label;
        this.endings = List.of(endings);
    }

    public String label() {
        return label;
    }

    /**
     * The format of {@code file} given as {@code role} (processes, participants, population, areas).
     *
     * @throws InputException when the ending is unknown, the role does not take that format, or the
     *     content is plainly of another format
     */
    public static InputFormat of(Path file, String role, Set<InputFormat> accepted) {
        InputFormat format = byEnding(file, role, accepted);
        if (!accepted.contains(format)) {
            throw InputException.ofFile(
                    file,
                    "a " + format.label + " file cannot be the " + role + " input; "
                            + role + " can be " + endings(accepted)
                            + (format == PX ? " (a .px file is a population table)" : "")
                            + (format == PABULIB ? " (a .pb file is participants)" : ""));
        }
        if (Files.isRegularFile(file)) {
            format.checkContent(file, head(file));
        }
        return format;
    }

    private static InputFormat byEnding(Path file, String role, Set<InputFormat> accepted) {
        if (Files.isDirectory(file)) {
            return PARQUET;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xls")) {
            throw InputException.ofFile(
                    file,
                    "old Excel workbooks (.xls) cannot be read; open it in Excel and save it"
                            + " as .xlsx (Excel workbook) or as CSV");
        }
        return Arrays.stream(values())
                .filter(f -> f.endings.stream().anyMatch(name::endsWith))
                .findFirst()
                .orElseThrow(() -> InputException.ofFile(
                        file,
                        "unknown file ending" + ending(name) + "; the " + role + " input can be " + endings(accepted)));
    }

    private void checkContent(Path file, byte[] head) {
        boolean zip = startsWith(head, ZIP);
        boolean parquet = startsWith(head, PARQUET_MAGIC);
        boolean ole2 = startsWith(head, OLE2);
        String problem = switch (this) {
            case CSV, PX, PABULIB ->
                zip
                        ? "is a zip file (an Excel workbook saved with the wrong ending?), not text;"
                                + " name a workbook .xlsx, or save it from Excel as CSV"
                        : parquet
                                ? "is a Parquet file, not text; name it .parquet"
                                : ole2
                                        ? "is an old Excel workbook (.xls), not text; save it from Excel as .xlsx or CSV"
                                        : null;
            case XLSX ->
                zip
                        ? null
                        : ole2
                                ? "is an old Excel workbook (.xls) with an .xlsx ending; open it in Excel and save it as .xlsx"
                                : parquet
                                        ? "is a Parquet file, not an Excel workbook; name it .parquet"
                                        : head.length == 0
                                                ? "file is empty (0 bytes); expected an Excel workbook"
                                                : "is not an Excel workbook (it is not a zip file; a CSV file named .xlsx? then name it .csv)";
            case PARQUET -> null; // ParquetTable says what is wrong with a damaged file
        };
        if (problem != null) {
            throw InputException.ofFile(file, problem);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(4);
        } catch (IOException e) {
            throw InputException.ofFile(file, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static String ending(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? " (the name has none)" : " '" + name.substring(dot) + "'";
    }

    /** ".csv (or .txt, .tsv), .xlsx, .parquet (or a folder of them)" for the accepted formats, in declaration order. */
    static String endings(Set<InputFormat> accepted) {
        return Arrays.stream(values())
                .filter(accepted::contains)
                .map(InputFormat::describeEndings)
                .collect(Collectors.joining(", "));
    }

    private String describeEndings() {
        String more = endings.size() == 1 ? "" : " (or " + String.join(", ", endings.subList(1, endings.size())) + ")";
        return endings.get(0) + more + (this == PARQUET ? " (or a folder of Parquet files)" : "");
    }
}
