package se.spegel.jobs.weights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.ComparisonPlan;

/** The dimensions a user asked to rake on, each with the population table evaluate compares it with. */
public final class RakedDimensions {
    private RakedDimensions() {}

    /**
     * @param keys dimension names as the user gave them (e.g. {@code age}, {@code district}, {@code age×gender})
     * @throws IllegalArgumentException naming the dimension when it is unknown, repeated or has no population table
     */
    public static List<ComparedDimension> resolve(ComparisonPlan plan, List<String> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("name at least one dimension to rake on, e.g. --dimensions age,gender");
        }
        List<ComparedDimension> chosen = new ArrayList<>();
        for (String key : keys) {
            String wanted = key.strip().replace("*", ComparedDimension.INTERSECTION); // age*gender for age×gender
            Optional<ComparedDimension> found = plan.dimensions().stream()
                    .filter(d -> d.key().equals(wanted))
                    .findFirst();
            if (found.isEmpty()) {
                throw new IllegalArgumentException(explain(plan, wanted));
            }
            if (chosen.contains(found.get())) {
                throw new IllegalArgumentException("dimension '" + wanted + "' is named twice in --dimensions");
            }
            chosen.add(found.get());
        }
        return chosen;
    }

    private static String explain(ComparisonPlan plan, String wanted) {
        String available = String.join(
                ", ", plan.dimensions().stream().map(ComparedDimension::key).toList());
        boolean noTable =
                plan.notes().stream().anyMatch(n -> n.startsWith("no population table holds " + wanted + ";"));
        return noTable
                ? "cannot rake on " + wanted
                        + ": no population table holds it (give one with --population); can rake on: " + available
                : "cannot rake on '" + wanted + "': not a dimension of these inputs; can rake on: " + available;
    }
}
