package se.spegel.jobs.weights;

import java.util.List;

/**
 * Participants who share one category on every raked dimension (and one base weight, so that
 * every person in the cell gets the same final weight).
 *
 * @param categories one category per raked dimension, in the dimensions' order
 * @param heads number of participants in the cell
 * @param baseWeight the sum of their base weights (heads when no weights were given)
 */
public record RakingCell(List<String> categories, long heads, double baseWeight) {
    public RakingCell {
        categories = List.copyOf(categories);
        if (heads <= 0 || !(baseWeight > 0)) {
            throw new IllegalArgumentException("a raking cell needs participants and a positive base weight");
        }
    }
}
