package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
            this.kinds = parts.stream().mapToInt(p -> p.equals("age") ? AGE : p.equals("district") ? DISTRICT : ANSWER)
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
    private record ProcessPlan(Integer minAge, Integer maxAge, Integer[] universeLow, Integer[] universeHigh,
                               Map<String, String> districtByArea) implements Serializable {}

    private final List<DimensionPlan> dimensions;
    private final Map<String, ProcessPlan> processes = new HashMap<>();
    private final boolean areasKnown;

    public ParticipantCategoriser(Map<String, ProcessRow> processes, List<ComparedDimension> compared,
                                  AreaHierarchy areas) {
        this.dimensions = compared.stream().map(d -> new DimensionPlan(d.key(), d.parts(), d.ageBands())).toList();
        this.areasKnown = !areas.isEmpty();
        for (ProcessRow process : processes.values()) {
            Integer[] low = new Integer[compared.size()];
            Integer[] high = new Integer[compared.size()];
            for (int i = 0; i < compared.size(); i++) {
                ComparedDimension.AgeRange universe = compared.get(i).universe(process);
                low[i] = universe.low();
                high[i] = universe.high();
            }
            Map<String, String> districts = new HashMap<>();
            if (areasKnown) {
                for (String area : areas.areasWithin(process.areaCode())) {
                    districts.put(area, areas.districtOf(area, process.areaCode()));
                }
            }
            this.processes.put(process.processId(),
                    new ProcessPlan(process.minAge(), process.maxAge(), low, high, districts));
        }
    }

    /** Empty counts for the dimensions of this plan (the stage totals first). */
    public MarginalCounts newCounts() {
        List<String> keys = new java.util.ArrayList<>();
        keys.add(Marginal.TOTAL);
        dimensions.forEach(d -> keys.add(d.key));
        return new MarginalCounts(keys);
    }

    /** Adds the participant to counts made by {@link #newCounts} (sign +1), or takes it away again (sign -1). */
    public void count(ParticipantRow participant, MarginalCounts counts, int sign) {
        ProcessPlan process = processes.get(participant.processId());
        MarginalCounts.Block block = counts.block(participant.processId(), participant.stageIndex(),
                status(participant, process));
        long weight = MarginalCounts.weightMillionths(participant.weight());
        block.add(0, "", weight, sign);
        String district = areasKnown && participant.areaCode() != null
                ? process.districtByArea().get(participant.areaCode()) : null;
        for (int i = 0; i < dimensions.size(); i++) {
            String category = category(participant, dimensions.get(i), process.universeLow()[i],
                    process.universeHigh()[i], district);
            block.add(i + 1, category, weight, sign);
        }
    }

    private String status(ParticipantRow p, ProcessPlan process) {
        boolean ineligible = p.ageLow() != null
                && ((process.minAge() != null && p.ageHigh() < process.minAge())
                    || (process.maxAge() != null && p.ageLow() > process.maxAge()));
        if (ineligible) {
            return Marginal.OUTSIDE_ELIGIBILITY;
        }
        // without a hierarchy Spegel cannot tell where a code lies, so nobody is excluded for it
        boolean outsideArea = areasKnown && p.areaCode() != null && !process.districtByArea().containsKey(p.areaCode());
        return outsideArea ? Marginal.OUTSIDE_AREA : Marginal.IN_SCOPE;
    }

    private static String category(ParticipantRow p, DimensionPlan dimension, Integer low, Integer high,
                                   String district) {
        boolean unrestricted = low == null && high == null;
        boolean inUniverse = p.ageLow() != null && (low == null || p.ageLow() >= low)
                && (high == null || p.ageHigh() <= high);
        if (!unrestricted && !inUniverse) {
            return Marginal.OUTSIDE_UNIVERSE;
        }
        String value = null;
        for (int i = 0; i < dimension.kinds.length; i++) {
            String part = switch (dimension.kinds[i]) {
                case AGE -> ageBand(p, dimension.ageBands);
                case DISTRICT -> district;
                default -> p.categories().get(dimension.columns[i]);
            };
            if (part == null) {
                return Marginal.MISSING;
            }
            value = value == null ? part : dimension.join(value, part);
        }
        return value;
    }

    /** The band whose range holds the participant's whole age range; null when none does. */
    private static String ageBand(ParticipantRow p, AgeBands bands) {
        if (p.ageLow() == null) {
            return null;
        }
        String found = null;
        for (AgeBand band : bands.bands()) {
            if (p.ageLow() >= band.low() && p.ageHigh() <= band.high()) {
                found = band.code();
            }
        }
        return found;
    }
}
