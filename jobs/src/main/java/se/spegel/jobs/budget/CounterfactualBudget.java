package se.spegel.jobs.budget;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import se.spegel.schema.input.pabulib.PabulibFile;
import se.spegel.schema.input.pabulib.PbProject;
import se.spegel.schema.input.pabulib.PbVoter;
import se.spegel.schema.output.ProjectOutcome;

/**
 * A participatory budget counted twice with its own greedy rule: once from the ballots as
 * cast, once with every ballot weighted (by raking weights, so that the voters mirror the
 * residents), and what changes between the two.
 */
public final class CounterfactualBudget {
    public static final String GAINS = "gains";
    public static final String LOSES = "loses";
    public static final String UNCHANGED = "unchanged";

    private CounterfactualBudget() {}

    /** Approvals per project counted from the ballots, each ballot counting {@code weight} of its voter. */
    public static Map<String, Double> scores(PabulibFile pb, ToDoubleFunction<PbVoter> weight) {
        Map<String, Double> scores = new HashMap<>();
        pb.projects().forEach(p -> scores.put(p.projectId(), 0.0));
        for (PbVoter voter : pb.voters()) {
            double w = weight.applyAsDouble(voter);
            voter.approvedProjects().forEach(id -> scores.merge(id, w, Double::sum));
        }
        return scores;
    }

    /** The outcome per project, in the order of the unweighted ranking. */
    public static List<ProjectOutcome> outcomes(
            String processId, PabulibFile pb, GreedyRule rule, ToDoubleFunction<PbVoter> weight) {
        Map<String, Double> votes = scores(pb, v -> 1.0);
        Map<String, Double> weighted = scores(pb, weight);
        Set<String> unweighted = rule.select(candidates(pb, votes));
        Set<String> reweighted = rule.select(candidates(pb, weighted));
        List<ProjectOutcome> outcomes = new ArrayList<>();
        for (PbProject p : pb.projects()) {
            boolean before = unweighted.contains(p.projectId());
            boolean after = reweighted.contains(p.projectId());
            outcomes.add(new ProjectOutcome(
                    processId,
                    p.projectId(),
                    p.name(),
                    p.cost(),
                    Math.round(votes.get(p.projectId())),
                    weighted.get(p.projectId()),
                    p.selected(),
                    before,
                    after,
                    after == before ? UNCHANGED : after ? GAINS : LOSES));
        }
        outcomes.sort(java.util.Comparator.comparingLong(ProjectOutcome::votes).reversed());
        return outcomes;
    }

    private static List<GreedyRule.Candidate> candidates(PabulibFile pb, Map<String, Double> scores) {
        return pb.projects().stream()
                .map(p -> new GreedyRule.Candidate(p.projectId(), p.cost(), scores.get(p.projectId())))
                .toList();
    }
}
