package se.spegel.schema.input.pabulib;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A deliberately naive, grep-like reading of the VOTES section, independent of the reader
 * under test: find the line {@code VOTES}, split the header and each following line on
 * {@code ;} (the shared files quote nothing in VOTES) and count.
 */
record LineScan(int voters, int under16, int over100, int missingAge, int missingSex) {

    static LineScan votes(Path file) {
        List<String> lines = lines(file);
        int votesAt = lines.indexOf("VOTES");
        List<String> header = Arrays.asList(lines.get(votesAt + 1).split(";", -1));
        int age = header.indexOf("age");
        int sex = header.indexOf("sex");
        int voters = 0, under16 = 0, over100 = 0, missingAge = 0, missingSex = 0;
        for (String line : lines.subList(votesAt + 2, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            voters++;
            if (cells[age].isBlank()) {
                missingAge++;
            } else if (Integer.parseInt(cells[age].strip()) < 16) {
                under16++;
            } else if (Integer.parseInt(cells[age].strip()) > 100) {
                over100++;
            }
            if (cells[sex].isBlank()) {
                missingSex++;
            }
        }
        return new LineScan(voters, under16, over100, missingAge, missingSex);
    }

    /** Physical lines without their terminators (CRLF or LF). */
    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
