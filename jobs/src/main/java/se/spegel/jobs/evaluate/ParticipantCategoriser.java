package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.spegel.jobs.disclosure.RecordKey;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.AgeBands;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ProcessRow;

/**
 * Puts one participant into its cells: a status (in scope, outside the target area, outside
 * the eligible ages) and a category per compared dimension, plus the stage totals. Pure Java
 * and serializable, so the same code runs on the driver and on every Spark executor; it holds
 * only the small plan (eligible ages, per-dimension age universes, the area lookup).
 */
public final class ParticipantCategoriser implements Serializable {
    private static final long serialVersionUID = 1L;

    private static final int AGE = 0;
    private static final int DISTRICT = 1;
    private static final int ANSWER = 2;

    /**
     * What a dimension needs per participant: its parts (as kinds, and the column of an answer),
     * the age bands of its age part, and the names of its intersections met so far, so that a
     * participant's category is looked up, not built (the same few thousand strings, millions
     * of times).
     */
    private static final class DimensionPlan implements Serializable {
        private static final long serialVersionUID = 1L;
        final String key;
        final int[] kinds;
        final String[] columns;
        final AgeBands ageBands;
        final Map<String, Map<String, String>> joined = new ConcurrentHashMap<>();

        DimensionPlan(String key, List<String> parts, AgeBands ageBands) {
            this.key = key;
            this.kinds = parts.stream()
                    .mapToInt(p -> p.equals("age") ? AGE : p.equals("district") ? DISTRICT : ANSWER)
                    .toArray();
            this.columns = parts.toArray(String[]::new);
            this.ageBands = ageBands;
        }

        String join(String first, String second) {
            return joined.computeIfAbsent(first, f -> new ConcurrentHashMap<>())
                    .computeIfAbsent(second, s -> first + ComparedDimension.INTERSECTION + s);
        }
    }

    /**
     * One process's eligible ages, the age universe of each compared dimension (index as in
     * {@link #dimensions}; null bounds are open) and, when areas are known, the district of
     * each area within its target (an area absent from the map lies outside the target).
     */
    private record ProcessPlan(
            Integer minAge,
            Integer maxAge,
            Integer[] universeLow,
            Integer[] universeHigh,
            Map<String, String> districtByArea)
            implements Serializable {}

    private final List<DimensionPlan> dimensions;
    private final Map<String, ProcessPlan> processes = new HashMap<>();
    private final boolean areasKnown;
    private final String keySalt;

    /** A plan with the default record key salt. */
    public ParticipantCategoriser(
            Map<String, ProcessRow> processes, List<ComparedDimension> compared, AreaHierarchy areas) {
        this(processes, compared, areas, DEFAULT_KEY_SALT);
    }

    /** The salt of conf's {@code spegel.disclosure.key-salt} default. */
    public static final String DEFAULT_KEY_SALT = "spegel";

    /** @param keySalt the salt of every participant's {@link RecordKey} (conf {@code spegel.disclosure.key-salt}) */
    public ParticipantCategoriser(
            Map<String, ProcessRow> processes, List<ComparedDimension> compared, AreaHierarchy areas, String keySalt) {
        this.keySalt = keySalt;
        this.dimensions = compared.stream()
                .map(d -> new DimensionPlan(d.key(), d.parts(), d.ageBands()))
                .toList();
        this.areasKnown = !areas.isEmpty();
        Map<String, Map<String, String>> districtsByTarget = new HashMap<>();
        for (ProcessRow process : processes.values()) {
            Integer[] low = new Integer[compared.size()];
            Integer[] high = new Integer[compared.size()];
            for (int i = 0; i < compared.size(); i++) {
                ComparedDimension.AgeRange universe = compared.get(i).universe(process);
                low[i] = universe.low();
                high[i] = universe.high();
            }
            // one map per target area, shared by its processes: Spark ships the plan to every task
            Map<String, String> districts = districtsByTarget.computeIfAbsent(process.areaCode(), target -> {
                Map<String, String> within = new HashMap<>();
                if (areasKnown) {
                    areas.areasWithin(target).forEach(area -> within.put(area, areas.districtOf(area, target)));
                }
                return within;
            });
            this.processes.put(
                    process.processId(), new ProcessPlan(process.minAge(), process.maxAge(), low, high, districts));
        }
    }

    /** Empty counts for the dimensions of this plan (the stage totals first). */
    public MarginalCounts newCounts() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(Marginal.TOTAL);
        dimensions.forEach(d -> keys.add(d.key));
        return new MarginalCounts(keys);
    }

    /** How many dimensions are compared (index as in the cells, after the stage totals). */
    int dimensionCount() {
        return dimensions.size();
    }

    /** A dimension's parts: "age", "district" or the column of an answer. */
    List<String> parts(int dimension) {
        return List.of(dimensions.get(dimension).columns);
    }

    /** The salt of the participants' record keys. */
    String keySalt() {
        return keySalt;
    }

    /** A participant's record key (its person_id must be there). */
    public long recordKey(ParticipantRow participant) {
        return RecordKey.of(keySalt, participant.processId(), participant.personId());
    }

    /** Adds the participant to counts made by {@link #newCounts} (sign +1), or takes it away again (sign -1). */
    public void count(ParticipantRow participant, MarginalCounts counts, int sign) {
        count(participant, recordKey(participant), counts, sign);
    }

    /** The same for a participant whose record key was taken before its person_id was left out. */
    public void count(ParticipantRow participant, long recordKey, MarginalCounts counts, int sign) {
        count(
                participant,
                counts,
                sign,
                sign * MarginalCounts.weightMillionths(participant.weight()),
                sign * recordKey);
    }

    /**
     * Adds {@code heads} participants alike in every cell (all that the rules read), whose
     * weights sum to {@code weightMillionths} and record keys to {@code keySum}: one distinct
     * combination of a file's cells, as Spark's aggregation hands them over.
     */
    public void count(
            ParticipantRow participant, MarginalCounts counts, long heads, long weightMillionths, long keySum) {
        AgeClass ages = ageClass(participant.processId(), participant.ageLow(), participant.ageHigh());
        MarginalCounts.Block block = counts.block(
                participant.processId(),
                participant.stageIndex(),
                status(ages, outsideArea(participant.processId(), participant.areaCode())));
        block.addCell(0, "", heads, weightMillionths, keySum);
        String district = district(participant.processId(), participant.areaCode());
        for (int i = 0; i < dimensions.size(); i++) {
            block.addCell(
                    i + 1, category(i, ages, district, participant.categories()::get), heads, weightMillionths, keySum);
        }
    }

    /**
     * Everything a participant's cells take from its age, in one process: whether the age lies
     * outside the eligible ones, and per compared dimension (index as in {@link #dimensions})
     * either {@link Marginal#OUTSIDE_UNIVERSE}, or the age band of its age part (null: none
     * holds the age), or {@link #IN_UNIVERSE} for a dimension without an age part.
     */
    record AgeClass(boolean ineligible, List<String> byDimension) implements Serializable {}

    /** The age outcome of a dimension without an age part whose universe holds the participant. */
    static final String IN_UNIVERSE = "";

    AgeClass ageClass(String processId, Integer ageLow, Integer ageHigh) {
        ProcessPlan process = processes.get(processId);
        boolean ineligible = ageLow != null
                && ((process.minAge() != null && ageHigh < process.minAge())
                        || (process.maxAge() != null && ageLow > process.maxAge()));
        String[] outcomes = new String[dimensions.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] =
                    ageOutcome(ageLow, ageHigh, dimensions.get(i), process.universeLow()[i], process.universeHigh()[i]);
        }
        return new AgeClass(ineligible, java.util.Arrays.asList(outcomes));
    }

    private static String ageOutcome(
            Integer ageLow, Integer ageHigh, DimensionPlan dimension, Integer low, Integer high) {
        boolean unrestricted = low == null && high == null;
        boolean inUniverse = ageLow != null && (low == null || ageLow >= low) && (high == null || ageHigh <= high);
        if (!unrestricted && !inUniverse) {
            return Marginal.OUTSIDE_UNIVERSE;
        }
        for (int kind : dimension.kinds) {
            if (kind == AGE) {
                return ageBand(ageLow, ageHigh, dimension.ageBands);
            }
        }
        return IN_UNIVERSE;
    }

    /** The participant's status; it depends on the residence only through {@link #outsideArea}. */
    static String status(AgeClass ages, boolean outsideArea) {
        if (ages.ineligible()) {
            return Marginal.OUTSIDE_ELIGIBILITY;
        }
        return outsideArea ? Marginal.OUTSIDE_AREA : Marginal.IN_SCOPE;
    }

    /** Whether a residence lies outside the process's target area (never when unknown, or without a hierarchy). */
    boolean outsideArea(String processId, String areaCode) {
        // without a hierarchy Spegel cannot tell where a code lies, so nobody is excluded for it
        return areasKnown
                && areaCode != null
                && !processes.get(processId).districtByArea().containsKey(areaCode);
    }

    /** The district of the target area a residence lies in; null when unknown or outside. */
    String district(String processId, String areaCode) {
        return areasKnown && areaCode != null
                ? processes.get(processId).districtByArea().get(areaCode)
                : null;
    }

    /**
     * The category of a dimension (index as in {@link #dimensions}) for a participant of this age
     * class, district (null: unknown or outside) and canonical answers per column.
     */
    String category(
            int dimension, AgeClass ages, String district, java.util.function.Function<String, String> answers) {
        return category(dimension, ages.byDimension().get(dimension), district, answers);
    }

    /**
     * The same from the dimension's age outcome alone (an entry of {@link AgeClass#byDimension}):
     * all a participant's category takes from its age.
     */
    String category(int dimension, String age, String district, java.util.function.Function<String, String> answers) {
        if (Marginal.OUTSIDE_UNIVERSE.equals(age)) {
            return Marginal.OUTSIDE_UNIVERSE;
        }
        DimensionPlan plan = dimensions.get(dimension);
        String value = null;
        for (int i = 0; i < plan.kinds.length; i++) {
            String part = switch (plan.kinds[i]) {
                case AGE -> age;
                case DISTRICT -> district;
                default -> answers.apply(plan.columns[i]);
            };
            if (part == null) {
                return Marginal.MISSING;
            }
            value = value == null ? part : plan.join(value, part);
        }
        return value;
    }

    /** The band whose range holds the whole age range; null when none does (or the age is unknown). */
    private static String ageBand(Integer ageLow, Integer ageHigh, AgeBands bands) {
        if (ageLow == null) {
            return null;
        }
        String found = null;
        for (AgeBand band : bands.bands()) {
            if (ageLow >= band.low() && ageHigh <= band.high()) {
                found = band.code();
            }
        }
        return found;
    }
}
