package se.spegel.schema.input.pabulib;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.spegel.schema.input.InputException;

/**
 * Splits a {@code .pb} file into its sections. The whole file goes through one Commons CSV
 * parser ({@code ;}-separated, {@code "}-quoted, UTF-8); a record whose only cell is
 * {@code META}, {@code PROJECTS} or {@code VOTES} starts a section, the next record is that
 * section's header, and every further record up to the next marker is a data row that must
 * have as many cells as the header. Blank lines are skipped but counted, so that line numbers
 * are physical line numbers.
 */
final class PbSections {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setIgnoreEmptyLines(false)
            .get();

    private final Path file;
    private final Map<String, PbSection> sections = new HashMap<>();
    private String current;
    private long currentHeaderLine;
    private List<String> currentHeader;
    private List<PbRow> currentRows;

    private PbSections(Path file) {
        this.file = file;
    }

    /** Reads all sections; every one of META, PROJECTS and VOTES must be present exactly once. */
    static Map<String, PbSection> read(Path file) {
        PbSections reader = new PbSections(file);
        reader.parse();
        for (String name : List.of(PbColumns.META, PbColumns.PROJECTS, PbColumns.VOTES)) {
            if (!reader.sections.containsKey(name)) {
                throw InputException.ofFile(file, "not a Pabulib file: section " + name + " is missing");
            }
        }
        return Map.copyOf(reader.sections);
    }

    private void parse() {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "file not found");
        }
        long previousEndLine = 0;
        try (CSVParser parser = FORMAT.parse(utf8(file))) {
            for (CSVRecord record : parser) {
                long line = previousEndLine + 1;
                previousEndLine = parser.getCurrentLineNumber();
                List<String> cells = new ArrayList<>(record.toList());
                if (line == 1) {
                    cells.set(0, stripBom(cells.get(0)));
                }
                accept(line, cells);
            }
            finishSection(previousEndLine + 1);
        } catch (UncheckedIOException e) {
            throw unreadable(previousEndLine + 1, e.getCause());
        } catch (IOException e) {
            throw unreadable(previousEndLine + 1, e);
        }
    }

    private void accept(long line, List<String> cells) {
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return; // blank line
        }
        String marker = cells.size() == 1 ? cells.get(0).strip() : null;
        if (marker != null && PbColumns.SECTIONS.contains(marker)) {
            finishSection(line);
            if (sections.containsKey(marker)) {
                throw new InputException(file, line, 1, null, "section " + marker + " appears a second time");
            }
            current = marker;
            currentHeader = null;
            currentRows = new ArrayList<>();
        } else if (current == null) {
            throw new InputException(
                    file,
                    line,
                    1,
                    null,
                    "expected a section marker (META, PROJECTS or VOTES) before any data; found '" + shorten(cells)
                            + "'");
        } else if (currentHeader == null) {
            currentHeaderLine = line;
            currentHeader = cells.stream().map(String::strip).toList();
        } else if (cells.size() != currentHeader.size()) {
            throw new InputException(
                    file,
                    line,
                    Math.min(cells.size(), currentHeader.size()) + 1,
                    null,
                    current + ": row has " + cells.size() + " cells where the header has " + currentHeader.size());
        } else {
            currentRows.add(new PbRow(line, cells));
        }
    }

    private void finishSection(long nextLine) {
        if (current == null) {
            return;
        }
        if (currentHeader == null) {
            throw new InputException(file, nextLine, 0, null, "section " + current + " has no header row");
        }
        sections.put(current, new PbSection(file, current, currentHeaderLine, currentHeader, currentRows));
        current = null;
    }

    private InputException unreadable(long line, Throwable cause) {
        String reason = cause instanceof CharacterCodingException
                ? "text is not valid UTF-8 here; Pabulib files are UTF-8"
                : "cannot be parsed as ;-separated text: " + cause.getMessage();
        return new InputException(file, line, 0, null, reason);
    }

    private static Reader utf8(Path file) throws IOException {
        return new InputStreamReader(
                Files.newInputStream(file),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static String stripBom(String cell) {
        return cell.startsWith("\uFEFF") ? cell.substring(1) : cell;
    }

    private static String shorten(List<String> cells) {
        String text = String.join(";", cells);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
