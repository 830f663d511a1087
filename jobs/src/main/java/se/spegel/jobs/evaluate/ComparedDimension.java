package se.spegel.jobs.evaluate;

import java.util.List;
import se.spegel.schema.input.PopulationTable;

/**
 * A dimension (or an intersection such as age×gender) that is compared, the population
 * table its shares come from, and the table's age universe (null = unrestricted).
 */
public record ComparedDimension(String key, List<String> parts, PopulationTable table,
                                Integer universeMinAge, Integer universeMaxAge) {
    public static final String INTERSECTION = "×";

    public boolean isIntersection() {
        return parts.size() > 1;
    }

    /** Whether an age range [low, high] (null = unknown) lies inside the universe. */
    public boolean inUniverse(Integer low, Integer high) {
        if (universeMinAge == null && universeMaxAge == null) {
            return true;
        }
        return low != null && (universeMinAge == null || low >= universeMinAge)
                && (universeMaxAge == null || high <= universeMaxAge);
    }
}
