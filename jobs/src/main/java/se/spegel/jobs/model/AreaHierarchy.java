package se.spegel.jobs.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.input.AreaRow;
import se.spegel.schema.input.InputException;

/**
 * The area hierarchy (DeSO → RegSO → kommun → län → riket). Without an areas file the
 * hierarchy is empty and an area is only "under" itself.
 */
public final class AreaHierarchy {
    private final Map<String, AreaRow> areas = new HashMap<>();
    /** Every known area's chain up to the root, worked out once: a national run asks millions of times. */
    private final Map<String, List<String>> chains = new HashMap<>();
    /** Every known area within each area (itself included), sorted. */
    private final Map<String, List<String>> within = new HashMap<>();

    public AreaHierarchy(List<AreaRow> rows, Path file) {
        rows.forEach(r -> areas.put(r.areaCode(), r));
        for (AreaRow row : rows) {
            List<String> chain = List.copyOf(chainOf(row.areaCode(), file));
            chains.put(row.areaCode(), chain);
            chain.forEach(ancestor ->
                    within.computeIfAbsent(ancestor, a -> new ArrayList<>()).add(row.areaCode()));
        }
        within.values().forEach(list -> list.sort(null));
    }

    public static AreaHierarchy empty() {
        return new AreaHierarchy(List.of(), null);
    }

    public boolean isEmpty() {
        return areas.isEmpty();
    }

    public boolean contains(String code) {
        return areas.containsKey(code);
    }

    public String name(String code) {
        AreaRow row = areas.get(code);
        return row == null || row.name() == null ? code : row.name();
    }

    /** The code of the area with this name (case-insensitive), or null when none or several have it. */
    public String codeByName(String name) {
        List<String> codes = areas.values().stream()
                .filter(a -> a.name() != null && a.name().equalsIgnoreCase(name.strip()))
                .map(AreaRow::areaCode)
                .toList();
        return codes.size() == 1 ? codes.get(0) : null;
    }

    public String level(String code) {
        AreaRow row = areas.get(code);
        return row == null ? null : row.level();
    }

    /** The area and its ancestors, nearest first; a cycle is a user mistake. */
    private List<String> chainOf(String code, Path file) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = code;
        while (current != null) {
            if (!seen.add(current)) {
                throw InputException.ofFile(file, "the area hierarchy has a cycle through '" + current + "'");
            }
            chain.add(current);
            AreaRow row = areas.get(current);
            current = row == null ? null : row.parentCode();
        }
        return chain;
    }

    public List<String> ancestorsOrSelf(String code) {
        List<String> chain = chains.get(code);
        return chain != null ? chain : List.of(code);
    }

    /** Whether {@code code} is {@code target} or lies below it. */
    public boolean isWithin(String code, String target) {
        return ancestorsOrSelf(code).contains(target);
    }

    /**
     * The district of {@code code} for a process whose target is {@code target}: the area on
     * its path whose parent is the target. Null when the code is the target itself or not below it.
     */
    public String districtOf(String code, String target) {
        List<String> chain = ancestorsOrSelf(code);
        int index = chain.indexOf(target);
        return index <= 0 ? null : chain.get(index - 1);
    }

    /** Number of steps from the root (riket) down to the area. */
    public int depth(String code) {
        return ancestorsOrSelf(code).size() - 1;
    }

    /** Every known area within the target (including it). */
    public List<String> areasWithin(String target) {
        List<String> result = new ArrayList<>(within.getOrDefault(target, List.of()));
        if (!result.contains(target)) {
            result.add(target);
            result.sort(null);
        }
        return result;
    }
}
