package se.spegel.schema.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code spegel.dimensions} read into {@link DimensionScheme}s: sources, categories, labels, order. */
final class ConfiguredDimensions {
    private ConfiguredDimensions() {}

    /** The dimensions of {@code spegel.dimensions}, in display order. */
    static Map<String, DimensionScheme> read(Config dims) {
        Map<String, DimensionScheme> result = new LinkedHashMap<>();
        for (String code :
                dims.root().keySet().stream().sorted(dimensionOrder(dims)).toList()) {
            Config dim = dims.getConfig(code);
            DimensionSource source = source(dim, code);
            List<CategoryDef> categories = new ArrayList<>();
            if (dim.hasPath("categories")) {
                for (Config category : dim.getConfigList("categories")) {
                    categories.add(new CategoryDef(
                            category.getString("code"),
                            labels(category),
                            category.hasPath("synonyms") ? category.getStringList("synonyms") : List.of()));
                }
            }
            result.put(code, new DimensionScheme(code, labels(dim), source, categories));
        }
        return result;
    }

    private static DimensionSource source(Config dim, String code) {
        String value = dim.getString("source");
        try {
            return DimensionSource.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue(
                    dim.getValue("source").origin(),
                    "spegel.dimensions." + code + ".source",
                    "'" + value + "' is not one of age, column, area");
        }
    }

    /** HOCON objects have no order; dimensions are shown in a fixed order, user dimensions last. */
    private static java.util.Comparator<String> dimensionOrder(Config dims) {
        List<String> preferred = List.of("age", "gender", "education", "origin", "district");
        return java.util.Comparator.<String>comparingInt(
                        c -> preferred.contains(c) ? preferred.indexOf(c) : preferred.size())
                .thenComparing(c -> c);
    }

    private static Map<String, String> labels(Config owner) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (owner.hasPath("labels")) {
            Config config = owner.getConfig("labels");
            for (String lang : config.root().keySet()) {
                labels.put(lang, config.getString(lang));
            }
        }
        return labels;
    }
}
