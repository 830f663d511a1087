package se.spegel.schema.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A dimension: its labels, where its values come from, and how source codes map to
 * canonical categories. A value that is not a synonym stays as written (trimmed), so the
 * same spelling in participants and population just works.
 */
public final class DimensionScheme implements java.io.Serializable {
    private final String code;
    private final Map<String, String> labels;
    private final DimensionSource source;
    private final List<CategoryDef> categories;
    private final Map<String, String> canonicalByKey = new HashMap<>();

    public DimensionScheme(
            String code, Map<String, String> labels, DimensionSource source, List<CategoryDef> categories) {
        this.code = code;
        this.labels = Map.copyOf(labels);
        this.source = source;
        this.categories = List.copyOf(categories);
        for (CategoryDef category : categories) {
            canonicalByKey.put(key(category.code()), category.code());
            for (String synonym : category.synonyms()) {
                canonicalByKey.put(key(synonym), category.code());
            }
        }
    }

    public String code() {
        return code;
    }

    public DimensionSource source() {
        return source;
    }

    public List<CategoryDef> categories() {
        return categories;
    }

    public String label(String lang) {
        return labels.getOrDefault(lang, labels.getOrDefault("sv", code));
    }

    /** The canonical code for a source value (which must not be missing). */
    public String canonical(String value) {
        String trimmed = value.strip();
        return canonicalByKey.getOrDefault(key(trimmed), trimmed);
    }

    public List<String> order() {
        return categories.stream().map(CategoryDef::code).toList();
    }

    public String categoryLabel(String categoryCode, String lang) {
        for (CategoryDef category : categories) {
            if (category.code().equals(categoryCode)) {
                return category.labels().getOrDefault(lang, category.labels().getOrDefault("sv", categoryCode));
            }
        }
        return categoryCode;
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
