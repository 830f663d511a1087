package se.spegel.jobs.assembly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.LoadedInputs;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.config.CategoryDef;
import se.spegel.schema.config.DimensionScheme;
import se.spegel.schema.config.DimensionSource;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.PopulationRow;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.quota.Quota;

/**
 * The quotas of the assemblies matched to what Spegel counts. Each feature becomes a dimension
 * that the one participant aggregation counts (its key starts with {@link #KEY_PREFIX}, so it
 * never mixes with the compared dimensions): the participants' column for gender, education and
 * any column only quotas name (occupation), the residence's district, or the age in the quota's
 * own bands (16-19, 65- år). Counted like a dimension, a quota's n comes from the same protected
 * cell counts as every other published count. A feature or value that matches nothing is a user
 * mistake reported at the quota's file:line:column.
 */
public final class QuotaPlan {
    public static final String KEY_PREFIX = "quota:";
    /** Stands in for a population table: quota counts cover every age (no universe). */
    private static final PopulationTable NO_TABLE =
            new PopulationTable(Path.of("quotas"), List.of(), false, null, null, null, List.of());

    /**
     * A quota matched: the dimension key its n is counted under, the category it counts, and the
     * dimension its population share comes from (null: none, e.g. occupation).
     */
    public record Matched(Quota quota, String dimension, String key, String category, ComparedDimension population) {}

    private final List<Matched> quotas;
    private final Map<String, ComparedDimension> counted;
    private final String replacementKeySuffix;

    private QuotaPlan(List<Matched> quotas, Map<String, ComparedDimension> counted, String replacementKeySuffix) {
        this.quotas = List.copyOf(quotas);
        this.counted = counted;
        this.replacementKeySuffix = replacementKeySuffix;
    }

    public static QuotaPlan none() {
        return new QuotaPlan(List.of(), Map.of(), null);
    }

    public List<Matched> quotas() {
        return quotas;
    }

    /** The dimensions the participant aggregation counts for the quotas (with their replacement intersections). */
    public List<ComparedDimension> countedDimensions() {
        return List.copyOf(counted.values());
    }

    /** The key under which replacements of a quota dimension are counted; null when participants have no such flag. */
    public String replacementKey(String key) {
        return replacementKeySuffix == null ? null : key + replacementKeySuffix;
    }

    /**
     * The column dimensions conf lacks that the quotas name (their values are their categories),
     * and the replacement flag: {@link SpegelConfig#withQuotaColumns} makes participants' reader read them.
     */
    public static List<DimensionScheme> quotaColumns(List<Quota> quotas, SpegelConfig config) {
        Map<String, Set<String>> valuesByColumn = new LinkedHashMap<>();
        for (Quota quota : quotas) {
            if (dimensionOf(quota.feature(), config) == null) {
                valuesByColumn
                        .computeIfAbsent(ColumnAliases.normalise(quota.feature()), c -> new LinkedHashSet<>())
                        .add(quota.value().strip());
            }
        }
        List<DimensionScheme> schemes = new ArrayList<>();
        valuesByColumn.forEach((column, values) -> schemes.add(new DimensionScheme(
                column,
                Map.of(),
                DimensionSource.COLUMN,
                values.stream()
                        .map(v -> new CategoryDef(v, Map.of(), List.of()))
                        .toList())));
        if (!quotas.isEmpty()) {
            schemes.add(new DimensionScheme(
                    config.replacementColumn(),
                    Map.of(),
                    DimensionSource.COLUMN,
                    List.of(
                            new CategoryDef("yes", Map.of(), List.of("true", "ja", "j", "1", "x", "y")),
                            new CategoryDef("no", Map.of(), List.of("false", "nej", "n", "0")))));
        }
        return schemes;
    }

    /** The conf dimension a feature names (by code or a synonym, case-insensitive), null when none. */
    static String dimensionOf(String feature, SpegelConfig config) {
        String name = feature.strip().toLowerCase(Locale.ROOT);
        if (config.dimensions().containsKey(name) && !config.isQuotaOnly(name)) {
            return name;
        }
        for (Map.Entry<String, List<String>> synonyms :
                config.quotaFeatureSynonyms().entrySet()) {
            if (synonyms.getValue().contains(name) && config.dimensions().containsKey(synonyms.getKey())) {
                return synonyms.getKey();
            }
        }
        return null;
    }

    /**
     * Matches every quota; {@code config} is the one the participants were read with (quota
     * columns added), {@code compared} the compared dimensions whose tables give population shares.
     */
    public static QuotaPlan of(
            List<Quota> quotas, SpegelConfig config, LoadedInputs loaded, List<ComparedDimension> compared) {
        if (quotas.isEmpty()) {
            return none();
        }
        Map<String, ComparedDimension> comparedByKey = new LinkedHashMap<>();
        compared.forEach(d -> comparedByKey.put(d.key(), d));
        Map<String, ComparedDimension> counted = new LinkedHashMap<>();
        Map<String, AgeBands> ageBands = ageBands(quotas, config);
        Map<String, Set<String>> knownCategories = new LinkedHashMap<>();
        List<Matched> matched = new ArrayList<>();
        for (Quota quota : quotas) {
            ProcessRow process = loaded.processes().get(quota.processId());
            if (process == null) {
                throw at(
                        quota,
                        quota.featureColumn(),
                        "process '" + quota.processId() + "' of this quota is not in processes");
            }
            String code = dimensionOf(quota.feature(), config);
            String column = code == null ? ColumnAliases.normalise(quota.feature()) : code;
            DimensionScheme scheme = config.dimension(column);
            ComparedDimension population = comparedByKey.get(column);
            String key;
            String category;
            List<String> parts = List.of(column);
            AgeBands bands = config.ageBands();
            if (scheme.source() == DimensionSource.AGE) {
                bands = ageBands.get(processFeature(quota));
                key = KEY_PREFIX + "age:" + String.join(",", bands.codes());
                category = band(quota).code();
            } else if (scheme.source() == DimensionSource.AREA) {
                key = KEY_PREFIX + "district";
                category = district(quota, process, loaded.areas());
            } else {
                if (!loaded.participantDimensions().contains(column)) {
                    throw at(
                            quota,
                            quota.featureColumn(),
                            "unknown feature '" + quota.feature() + "': no dimension of"
                                    + " that name or synonym (spegel.quotas.feature-synonyms) and the participants have no such column");
                }
                key = KEY_PREFIX + column;
                category = scheme.canonical(quota.value());
                if (!config.isQuotaOnly(column)) {
                    Set<String> known =
                            knownCategories.computeIfAbsent(column, c -> categories(c, scheme, loaded.population()));
                    requireCategory(quota, column, category, known);
                }
            }
            ComparedDimension dimension = new ComparedDimension(key, parts, NO_TABLE, bands);
            counted.putIfAbsent(key, dimension);
            ComparedDimension populationSide =
                    population == null ? null : new ComparedDimension(key, parts, population.table(), bands);
            matched.add(new Matched(quota, column, key, category, populationSide));
        }
        String replacement = config.replacementColumn();
        String suffix = null;
        if (loaded.participantDimensions().contains(replacement)) {
            suffix = ComparedDimension.INTERSECTION + replacement;
            for (ComparedDimension d : List.copyOf(counted.values())) {
                List<String> parts = new ArrayList<>(d.parts());
                parts.add(replacement);
                counted.put(d.key() + suffix, new ComparedDimension(d.key() + suffix, parts, NO_TABLE, d.ageBands()));
            }
        }
        return new QuotaPlan(matched, counted, suffix);
    }

    private static String processFeature(Quota quota) {
        return quota.processId() + '\u0000' + quota.feature().strip().toLowerCase(Locale.ROOT);
    }

    /** Each process's age feature's bands, from its quotas' values, in age order; overlapping bands are a mistake. */
    private static Map<String, AgeBands> ageBands(List<Quota> quotas, SpegelConfig config) {
        Map<String, List<Quota>> byFeature = new LinkedHashMap<>();
        for (Quota quota : quotas) {
            String code = dimensionOf(quota.feature(), config);
            if (code != null && config.dimension(code).source() == DimensionSource.AGE) {
                byFeature
                        .computeIfAbsent(processFeature(quota), k -> new ArrayList<>())
                        .add(quota);
            }
        }
        Map<String, AgeBands> result = new LinkedHashMap<>();
        byFeature.forEach((feature, list) -> {
            List<Quota> sorted = list.stream()
                    .sorted(Comparator.comparingInt((Quota q) -> band(q).low()))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                if (band(sorted.get(i)).low() <= band(sorted.get(i - 1)).high()) {
                    throw at(
                            sorted.get(i),
                            sorted.get(i).valueColumn(),
                            "age band '" + sorted.get(i).value() + "' overlaps '"
                                    + sorted.get(i - 1).value() + "'");
                }
            }
            result.put(
                    feature, new AgeBands(sorted.stream().map(QuotaPlan::band).toList()));
        });
        return result;
    }

    /** A quota's age band as written by the tools: 16-29, "16-19 år", "65- år" (65 and over), 65+. */
    static AgeBand band(Quota quota) {
        String text = quota.value()
                .strip()
                .toLowerCase(Locale.ROOT)
                .replace('\u2013', '-')
                .replace('\u2014', '-')
                .replaceAll("\\s*(år|years|year|yrs)\\.?$", "")
                .replace(" ", "");
        if (text.endsWith("-")) {
            text = text.substring(0, text.length() - 1) + "+";
        }
        try {
            AgeBand band = AgeBand.parse(text);
            if (band.low() < 0 || band.high() < band.low()) {
                throw new IllegalArgumentException();
            }
            return band;
        } catch (IllegalArgumentException e) {
            throw at(
                    quota,
                    quota.valueColumn(),
                    "value '" + quota.value() + "' of " + quota.feature()
                            + " is not an age band such as 16-29, 65- år or 65+");
        }
    }

    /** The district a quota's value names, by code or by name, among those of the process's target area. */
    private static String district(Quota quota, ProcessRow process, AreaHierarchy areas) {
        if (areas.isEmpty()) {
            throw at(
                    quota,
                    quota.featureColumn(),
                    "a quota on " + quota.feature() + " needs the area hierarchy (--areas)");
        }
        Set<String> districts = new TreeSet<>();
        for (String area : areas.areasWithin(process.areaCode())) {
            String district = areas.districtOf(area, process.areaCode());
            if (district != null) {
                districts.add(district);
            }
        }
        String value = quota.value().strip();
        for (String district : districts) {
            if (district.equalsIgnoreCase(value) || areas.name(district).equalsIgnoreCase(value)) {
                return district;
            }
        }
        throw at(
                quota,
                quota.valueColumn(),
                "value '" + quota.value() + "' of " + quota.feature()
                        + " is not a district of " + process.areaCode() + " (by code or name: "
                        + String.join(
                                ", ",
                                districts.stream().limit(12).map(areas::name).toList())
                        + (districts.size() > 12 ? ", ..." : "") + ")");
    }

    /** A conf dimension's categories: conf's, and those its population tables have. */
    private static Set<String> categories(String column, DimensionScheme scheme, List<PopulationTable> tables) {
        Set<String> known = new TreeSet<>(scheme.order());
        for (PopulationTable table : tables) {
            if (table.dimensions().contains(column)) {
                for (PopulationRow row : table.rows()) {
                    String value = row.categories().get(column);
                    if (value != null) {
                        known.add(value);
                    }
                }
            }
        }
        return known;
    }

    /** A conf dimension's value must be one of its categories (when any are known). */
    private static void requireCategory(Quota quota, String column, String category, Set<String> known) {
        if (!known.isEmpty() && !known.contains(category)) {
            throw at(
                    quota,
                    quota.valueColumn(),
                    "value '" + quota.value() + "' of " + quota.feature()
                            + " is not in any category of " + column + " (" + String.join(", ", known)
                            + "; conf's synonyms map other spellings)");
        }
    }

    private static InputException at(Quota quota, int column, String message) {
        return new InputException(quota.file(), quota.line(), column, null, message);
    }
}
