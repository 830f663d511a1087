package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ProcessSummary;

/**
 * Which groups were lost where: for each pair of consecutive funnel stages, the categories of the plain
 * dimensions whose share of participants fell the most. Withheld (suppressed) cells, counts below the
 * disclosure threshold and categories without a population counterpart are skipped on either side.
 */
final class StageLosses {

    /** A category's share at two consecutive stages; {@code changePp} = 100 · (after − before). */
    record Loss(String dimension, String category, double shareBefore, double shareAfter) {
        double changePp() {
            return 100 * (shareAfter - shareBefore);
        }
    }

    /** A transition between two stages with its largest losses, largest first. */
    record Transition(ProcessSummary from, ProcessSummary to, List<Loss> losses) {}

    private final int perTransition;
    private final int minPublished;

    StageLosses(int perTransition, int minPublished) {
        this.perTransition = perTransition;
        this.minPublished = minPublished;
    }

    List<Transition> of(ProcessMetrics metrics) {
        List<ProcessSummary> stages = metrics.stagesInOrder();
        List<Transition> transitions = new ArrayList<>();
        for (int i = 1; i < stages.size(); i++) {
            transitions.add(new Transition(
                    stages.get(i - 1),
                    stages.get(i),
                    losses(metrics, stages.get(i - 1).stage(), stages.get(i).stage())));
        }
        return transitions;
    }

    private List<Loss> losses(ProcessMetrics metrics, String before, String after) {
        List<Loss> losses = new ArrayList<>();
        for (String dimension : metrics.plainDimensions(after)) {
            for (CategoryGap next : metrics.gaps(after, dimension)) {
                Optional<CategoryGap> previous = metrics.gap(before, dimension, next.category());
                if (previous.isPresent()
                        && comparable(previous.get())
                        && comparable(next)
                        && next.share() < previous.get().share()) {
                    losses.add(
                            new Loss(dimension, next.category(), previous.get().share(), next.share()));
                }
            }
        }
        return losses.stream()
                .sorted(Comparator.comparingDouble(Loss::changePp))
                .limit(perTransition)
                .toList();
    }

    private boolean comparable(CategoryGap row) {
        return !row.suppressed()
                && row.share() != null
                && MetricRows.hasCounterpart(row)
                && row.n() != null
                && (row.n() == 0 || row.n() >= minPublished);
    }
}
