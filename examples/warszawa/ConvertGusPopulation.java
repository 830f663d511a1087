import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts GUS BDL table LUDN_2137 (population by 5-year age group, every gmina, 31 Dec 2020,
 * CTAB export) into Spegel's long form for Warsaw: the city row and its 18 district rows.
 *
 * <pre>java examples/warszawa/ConvertGusPopulation.java LUDN_2137_CTAB_20210625164329.csv examples/warszawa</pre>
 *
 * Writes {@code population_age.csv} ({@code period,area_code,age_band,count}) and
 * {@code areas.csv} ({@code area_code,parent_code,level,name}). The kept bands are the
 * non-overlapping ones, 0-4 … 80-84 and 85+; the aggregates "70 i więcej" and "0-14" are
 * skipped. Every row's kept bands must sum to its "ogółem" (total), and the 18 districts must
 * add up to the city in every band, or the program fails.
 * No dependencies: the export's quoting is simple ({@code "…"} around text, no embedded quotes
 * or line breaks), so a small quote-aware splitter is enough.
 */
public final class ConvertGusPopulation {
    static final String PERIOD = "2020";
    static final String CITY_CODE = "1465011";
    static final String DISTRICT_PREFIX = "1465";
    static final String DISTRICT_SUFFIX = " - dzielnica (8)";
    static final int EXPECTED_DISTRICTS = 18;
    static final String TOTAL_COLUMN = "ogółem";
    static final List<String> SKIPPED_AGGREGATES = List.of("70 i więcej", "0-14");
    static final Map<String, String> RENAMED = Map.of("85 i więcej", "85+");

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: java ConvertGusPopulation.java LUDN_2137_CTAB_….csv OUTPUT_DIR");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        List<String> lines = Files.readAllLines(input, StandardCharsets.UTF_8);
        List<String> header = split(lines.get(0));
        int code = header.indexOf("Kod");
        int name = header.indexOf("Nazwa");
        int total = header.indexOf(TOTAL_COLUMN);
        Map<Integer, String> bands = bandColumns(header);
        require(code >= 0 && name >= 0 && total >= 0, "header lacks Kod, Nazwa or " + TOTAL_COLUMN + ": " + header);

        List<String> population = new ArrayList<>(List.of("period,area_code,age_band,count"));
        List<String> districtAreas = new ArrayList<>();
        Map<String, Long> cityByBand = new LinkedHashMap<>();
        Map<String, Long> districtsByBand = new LinkedHashMap<>();
        boolean cityFound = false;
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            List<String> cells = split(lines.get(n));
            String kod = cells.get(code);
            String nazwa = cells.get(name);
            boolean city = kod.equals(CITY_CODE);
            boolean district = kod.startsWith(DISTRICT_PREFIX) && nazwa.endsWith(DISTRICT_SUFFIX);
            if (!city && !district) {
                continue;
            }
            require(cells.size() == header.size(), "line " + (n + 1) + " has " + cells.size() + " cells, header " + header.size());
            long sum = 0;
            for (Map.Entry<Integer, String> band : bands.entrySet()) {
                long count = Long.parseLong(cells.get(band.getKey()));
                sum += count;
                (city ? cityByBand : districtsByBand).merge(band.getValue(), count, Long::sum);
                population.add(PERIOD + "," + kod + "," + band.getValue() + "," + count);
            }
            long ogolem = Long.parseLong(cells.get(total));
            require(sum == ogolem, "line " + (n + 1) + " (" + nazwa + "): age bands sum to " + sum + ", " + TOTAL_COLUMN + " is " + ogolem);
            if (city) {
                cityFound = true;
            } else {
                String districtName = nazwa.substring(0, nazwa.length() - DISTRICT_SUFFIX.length());
                districtAreas.add(kod + "," + CITY_CODE + ",dzielnica," + csv(districtName));
            }
        }
        int districts = districtAreas.size();
        require(cityFound, "Warsaw city row " + CITY_CODE + " not found");
        require(districts == EXPECTED_DISTRICTS, "found " + districts + " Warsaw districts, expected " + EXPECTED_DISTRICTS);
        require(cityByBand.equals(districtsByBand),
                "the districts do not add up to the city: city " + cityByBand + ", districts " + districtsByBand);
        List<String> areas = new ArrayList<>(List.of("area_code,parent_code,level,name", "PL,,kraj,Polska",
                CITY_CODE + ",PL,miasto,Warszawa"));
        areas.addAll(districtAreas);

        Files.createDirectories(outDir);
        write(outDir.resolve("population_age.csv"), population);
        write(outDir.resolve("areas.csv"), areas);
        System.out.println("wrote " + (population.size() - 1) + " population rows (" + (districts + 1) + " areas × "
                + bands.size() + " age bands) and " + (areas.size() - 1) + " areas to " + outDir);
    }

    /** The non-overlapping 5-year bands in file order: "a-b" columns except 0-14, plus 85+. */
    static Map<Integer, String> bandColumns(List<String> header) {
        Map<Integer, String> bands = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (SKIPPED_AGGREGATES.contains(column)) {
                continue;
            }
            if (RENAMED.containsKey(column)) {
                bands.put(i, RENAMED.get(column));
            } else if (column.matches("\\d+-\\d+")) {
                String[] ends = column.split("-");
                require(Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) == 4, "unexpected age column " + column);
                bands.put(i, column);
            }
        }
        require(bands.size() == 18 && bands.containsValue("0-4") && bands.containsValue("80-84") && bands.containsValue("85+"),
                "expected the 18 bands 0-4 … 80-84, 85+; found " + bands.values());
        return bands;
    }

    /** Splits a {@code ;}-separated line; {@code "…"} quotes a cell ({@code ""} inside is one quote). */
    static List<String> split(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        if (line.endsWith(";")) {
            cells.remove(cells.size() - 1); // every GUS line ends with ';' (an empty last field)
        }
        if (!cells.isEmpty() && cells.get(0).startsWith("\uFEFF")) {
            cells.set(0, cells.get(0).substring(1));
        }
        return cells;
    }

    static String csv(String text) {
        return text.contains(",") || text.contains("\"") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    static void write(Path file, List<String> lines) {
        try {
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            System.err.println("ConvertGusPopulation: " + message);
            System.exit(1);
        }
    }
}
