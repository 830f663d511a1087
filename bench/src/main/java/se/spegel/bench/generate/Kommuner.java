package se.spegel.bench.generate;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Sweden's 290 municipalities and 21 counties with their official SCB codes (kommunkoder,
 * unchanged since 2007). The SCB tables in ../shared/data name municipalities only, so the
 * codes come from the resource kommuner.csv, checked to match those 290 names one for one.
 */
final class Kommuner {
    private Kommuner() {}

    static List<Kommun> all() {
        List<Kommun> kommuner = new ArrayList<>();
        for (CSVRecord r : records("kommuner.csv")) {
            kommuner.add(new Kommun(kommuner.size(), r.get("kommun_code"), r.get("name"), r.get("lan_code")));
        }
        return kommuner;
    }

    /** County code → name, in code order. */
    static Map<String, String> lanNames() {
        Map<String, String> names = new LinkedHashMap<>();
        records("lan.csv").forEach(r -> names.put(r.get("lan_code"), r.get("name")));
        return names;
    }

    private static List<CSVRecord> records(String resource) {
        try (Reader in = new InputStreamReader(Kommuner.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
