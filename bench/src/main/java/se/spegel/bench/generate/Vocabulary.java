package se.spegel.bench.generate;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.parquet.io.api.Binary;

/**
 * The values the generator writes and what each one means. Population tables use canonical
 * codes (SCB's män/kvinnor for sex); participants answer in several spellings, as real
 * recruitment lists do (Kvinna, K, "eftergymnasial ≥ 3 år", "vill ej uppge"). The DuckDB
 * comparison maps them back with {@link #canonicalSpellings()}: that this mapping and
 * conf/spegel.conf's synonyms agree is part of what the comparison checks.
 */
public final class Vocabulary {
    public static final String[] EDUCATION = {"forgymnasial", "gymnasial", "eftergymnasial_kort", "eftergymnasial_lang"
    };
    public static final String[] ORIGIN = {"svensk_bakgrund", "fodd_i_sverige_utlandsk_bakgrund", "fodd_utomlands"};
    /** Answers that mean "no answer" (conf's missing-values); null is written too. */
    static final String[] MISSING = {"", "vill ej uppge"};

    /** Per dimension: canonical code → spellings, the first the usual one. */
    static final Map<String, Map<String, List<String>>> SPELLINGS = Map.of(
            "gender",
                    codes(
                            code("kvinna", "kvinna", "Kvinna", "K"),
                            code("man", "man", "Man", "M"),
                            code("annat", "icke-binär")),
            "education",
                    codes(
                            code(EDUCATION[0], EDUCATION[0], "förgymnasial"),
                            code(EDUCATION[1], EDUCATION[1], "gymnasial utbildning"),
                            code(EDUCATION[2], EDUCATION[2], "eftergymnasial < 3 år"),
                            code(EDUCATION[3], EDUCATION[3], "eftergymnasial ≥ 3 år")),
            "origin",
                    codes(
                            code(ORIGIN[0], ORIGIN[0], "svensk bakgrund"),
                            code(ORIGIN[1], ORIGIN[1]),
                            code(ORIGIN[2], ORIGIN[2], "utrikes född")),
            // the population's own spellings of sex
            "population_gender", codes(code("man", "män"), code("kvinna", "kvinnor")));

    private static final Map<String, Binary> BINARIES = new ConcurrentHashMap<>();

    private Vocabulary() {}

    /** One shared Parquet value per distinct string, safe to share between writer threads. */
    static Binary binary(String value) {
        return BINARIES.computeIfAbsent(value, Vocabulary::constantBinary);
    }

    /**
     * A Binary backed by a byte array. Binary.fromString gives one backed by a ByteBuffer whose
     * position moves on every read, which breaks when two writer threads read the same value.
     */
    static Binary constantBinary(String value) {
        return Binary.fromConstantByteArray(value.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * (dimension, lower-cased spelling, canonical code) for every spelling written, with a
     * null code for the missing answers; dimension "gender" covers the population's spellings too.
     */
    public static List<String[]> canonicalSpellings() {
        List<String[]> rows = new java.util.ArrayList<>();
        SPELLINGS.forEach((dimension, codes) -> codes.forEach((code, spellings) -> spellings.forEach(
                s -> rows.add(new String[] {dimension.replace("population_", ""), s.toLowerCase(Locale.ROOT), code}))));
        for (String dimension : List.of("gender", "education", "origin")) {
            for (String missing : MISSING) {
                rows.add(new String[] {dimension, missing, null});
            }
        }
        return rows;
    }

    private static Map.Entry<String, List<String>> code(String code, String... spellings) {
        return Map.entry(code, List.of(spellings));
    }

    @SafeVarargs
    private static Map<String, List<String>> codes(Map.Entry<String, List<String>>... entries) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : entries) {
            map.put(e.getKey(), e.getValue());
        }
        return map;
    }
}
