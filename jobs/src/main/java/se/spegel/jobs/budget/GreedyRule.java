package se.spegel.jobs.budget;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.pabulib.PabulibFile;

/**
 * The greedy rules of participatory budgets, as Pabulib names them (pabulib.org/format):
 * projects are taken by descending score (approval votes, or weighted votes); a project is
 * funded when its cost fits the money left. {@code greedy} skips a project that does not fit
 * and goes on; {@code greedy-no-skip} stops at the first one; {@code greedy-threshold} is
 * greedy with a minimum score ({@code min_project_score_threshold}: a project scoring less is
 * never funded, however cheap). Equal scores keep the file's order.
 *
 * @param minScore the lowest score a project may have to be funded (0: no threshold)
 */
public record GreedyRule(String name, long budget, double minScore, boolean stopAtFirstMisfit) {
    static final String THRESHOLD_KEY = "min_project_score_threshold";
    private static final Set<String> GREEDY = Set.of("greedy", "greedy-threshold", "greedy-no-skip");

    /** A project as the rule sees it. */
    public record Candidate(String projectId, long cost, double score) {}

    /**
     * The rule the file's META names. Only approval ballots are recounted: a weighted approval
     * count is the weighted sum of approvals, while other ballot types would need their scoring.
     */
    public static GreedyRule of(PabulibFile pb) {
        String rule = pb.rule();
        if (rule == null || !GREEDY.contains(rule)) {
            throw InputException.ofFile(
                    pb.file(),
                    "META rule is '" + rule + "'; Spegel recounts only the greedy"
                            + " rules (greedy, greedy-threshold, greedy-no-skip)");
        }
        if (pb.voteType() != null && !pb.voteType().equals("approval")) {
            throw InputException.ofFile(
                    pb.file(), "META vote_type is '" + pb.voteType() + "'; Spegel recounts only approval ballots");
        }
        String threshold = pb.meta().get(THRESHOLD_KEY);
        if (rule.equals("greedy-threshold") && threshold == null) {
            throw InputException.ofFile(pb.file(), "META rule is greedy-threshold but has no " + THRESHOLD_KEY);
        }
        double minScore;
        try {
            minScore = threshold == null ? 0 : Double.parseDouble(threshold);
        } catch (NumberFormatException e) {
            throw InputException.ofFile(pb.file(), "META " + THRESHOLD_KEY + " '" + threshold + "' is not a number");
        }
        return new GreedyRule(rule, pb.budget(), minScore, rule.equals("greedy-no-skip"));
    }

    /** The funded projects' ids, in the order they were funded. */
    public Set<String> select(List<Candidate> candidates) {
        List<Integer> order = IntStream.range(0, candidates.size())
                .boxed()
                .sorted(Comparator.comparingDouble(
                                (Integer i) -> -candidates.get(i).score())
                        .thenComparingInt(i -> i))
                .toList();
        Set<String> funded = new LinkedHashSet<>();
        long left = budget;
        for (int i : order) {
            Candidate candidate = candidates.get(i);
            if (candidate.score() < minScore) {
                continue;
            }
            if (candidate.cost() <= left) {
                funded.add(candidate.projectId());
                left -= candidate.cost();
            } else if (stopAtFirstMisfit) {
                break;
            }
        }
        return funded;
    }

    /** How the rule reads in a sentence. */
    public String describe() {
        return name + (minScore > 0 ? " (minimum score " + formatScore(minScore) + ")" : "");
    }

    private static String formatScore(double score) {
        return score == Math.rint(score) ? Long.toString((long) score) : Double.toString(score);
    }
}
