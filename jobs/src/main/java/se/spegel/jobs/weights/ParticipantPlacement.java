package se.spegel.jobs.weights;

import java.util.ArrayList;
import java.util.List;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ProcessRow;

/**
 * Puts a participant of one process into their category of every raked dimension, by the
 * same rules as evaluate: participants living outside the target area, outside the eligible
 * ages or outside the population table's age universe are out of scope; a missing answer on
 * any raked dimension leaves the participant unplaced.
 */
final class ParticipantPlacement {
    /** Why a participant cannot be raked. */
    enum Exclusion {
        OUT_OF_SCOPE,
        MISSING
    }

    /** Categories in the dimensions' order, or the reason there are none. */
    record Placement(List<String> categories, Exclusion exclusion) {}

    private final AreaHierarchy areas;
    private final ProcessRow process;
    private final List<ComparedDimension> dimensions;

    ParticipantPlacement(AreaHierarchy areas, ProcessRow process, List<ComparedDimension> dimensions) {
        this.areas = areas;
        this.process = process;
        this.dimensions = List.copyOf(dimensions);
    }

    Placement place(ParticipantRow participant) {
        if (outsideArea(participant) || outsideAges(participant)) {
            return new Placement(null, Exclusion.OUT_OF_SCOPE);
        }
        List<String> categories = new ArrayList<>();
        for (ComparedDimension dimension : dimensions) {
            String category = category(participant, dimension);
            if (category == null) {
                return new Placement(null, Exclusion.MISSING);
            }
            categories.add(category);
        }
        return new Placement(categories, null);
    }

    private boolean outsideArea(ParticipantRow p) {
        // without a hierarchy Spegel cannot tell where a code lies, so nobody is excluded for it
        return !areas.isEmpty() && p.areaCode() != null && !areas.isWithin(p.areaCode(), process.areaCode());
    }

    private boolean outsideAges(ParticipantRow p) {
        if (p.ageLow() != null && process.ineligible(p.ageLow(), p.ageHigh())) {
            return true;
        }
        for (ComparedDimension dimension : dimensions) {
            ComparedDimension.AgeRange universe = dimension.universe(process);
            boolean restricted = universe.low() != null || universe.high() != null;
            if (restricted
                    && (p.ageLow() == null
                            || (universe.low() != null && p.ageLow() < universe.low())
                            || (universe.high() != null && p.ageHigh() > universe.high()))) {
                return true;
            }
        }
        return false;
    }

    private String category(ParticipantRow p, ComparedDimension dimension) {
        List<String> values = new ArrayList<>();
        for (String part : dimension.parts()) {
            String value = switch (part) {
                case "age" ->
                    p.ageLow() == null
                            ? null
                            : dimension
                                    .ageBands()
                                    .bandHolding(p.ageLow(), p.ageHigh())
                                    .map(AgeBand::code)
                                    .orElse(null);
                case "district" -> p.areaCode() == null ? null : areas.districtOf(p.areaCode(), process.areaCode());
                default -> p.categories().get(part);
            };
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        return String.join(ComparedDimension.INTERSECTION, values);
    }
}
