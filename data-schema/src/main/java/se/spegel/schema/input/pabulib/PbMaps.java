package se.spegel.schema.input.pabulib;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable maps that keep the file's column order (Map.copyOf would not). */
final class PbMaps {
    private PbMaps() {}

    static Map<String, String> ordered(Map<String, String> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
