package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a population table as SCB's statistical database saves it as PC-Axis: CHARSET="ANSI"
 * (Windows-1252), STUB region × ålder, HEADING kön × år (two variables across), areas with CODES
 * and "code name" texts, and a total over ålder that a reader must leave out.
 */
final class PxWriter {
    private PxWriter() {}

    /**
     * @param areas area code to name, in table order
     * @param ages single years; the last is open-ended ("100+ år")
     * @param count the count of (area, age, sex, year) as PX text (a number, ".." or "-")
     */
    static Path write(
            Path file,
            Map<String, String> areas,
            List<Integer> ages,
            List<String> sexes,
            List<Integer> years,
            CountOf count)
            throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "CHARSET=\"ANSI\";",
                "AXIS-VERSION=\"2010\";",
                "LANGUAGE=\"sv\";",
                "DECIMALS=0;",
                "MATRIX=\"BE0101N1\";",
                "SUBJECT-AREA=\"Befolkning\";",
                "TITLE=\"Folkmängd efter region, ålder, kön och år\";",
                "CONTENTS=\"Folkmängd\";",
                "UNITS=\"antal\";",
                "STUB=\"region\",\"ålder\";",
                "HEADING=\"kön\",\"år\";"));
        int top = ages.get(ages.size() - 1);
        List<String> ageTexts = new ArrayList<>(
                ages.stream().map(a -> a == top ? a + "+ år" : a + " år").toList());
        ageTexts.add("totalt ålder");
        lines.add("VALUES(\"region\")="
                + quoted(areas.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList()) + ";");
        lines.add("VALUES(\"ålder\")=" + quoted(ageTexts) + ";");
        lines.add("VALUES(\"kön\")=" + quoted(sexes) + ";");
        lines.add("VALUES(\"år\")=" + quoted(years.stream().map(String::valueOf).toList()) + ";");
        lines.add("TIMEVAL(\"år\")=TLIST(A1),"
                + quoted(years.stream().map(String::valueOf).toList()) + ";");
        lines.add("CODES(\"region\")=" + quoted(new ArrayList<>(areas.keySet())) + ";");
        lines.add("SOURCE=\"Statistiska centralbyrån (SCB)\";");
        lines.add("DATA=");
        for (String area : areas.keySet()) {
            for (int a = 0; a <= ages.size(); a++) {
                StringBuilder line = new StringBuilder();
                for (String sex : sexes) {
                    for (int year : years) {
                        String text = a == ages.size() ? "0" : count.of(area, ages.get(a), sex, year);
                        line.append(text.startsWith(".") || text.equals("-") ? "\"" + text + "\"" : text)
                                .append(' ');
                    }
                }
                lines.add(line.toString().strip());
            }
        }
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + ";");
        return Files.write(file, (String.join("\r\n", lines) + "\r\n").getBytes(Charset.forName("windows-1252")));
    }

    interface CountOf {
        String of(String area, int age, String sex, int year);
    }

    private static String quoted(List<String> values) {
        return String.join(",", values.stream().map(v -> "\"" + v + "\"").toList());
    }
}
