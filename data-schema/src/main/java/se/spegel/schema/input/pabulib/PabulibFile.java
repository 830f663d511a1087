package se.spegel.schema.input.pabulib;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One Pabulib {@code .pb} file: a participatory-budgeting instance with its META key/values,
 * its projects and its voters (ballots), in file order.
 *
 * @param meta META section, key to value, in file order; always has a whole-number {@code budget}
 */
public record PabulibFile(Path file, Map<String, String> meta, List<PbProject> projects, List<PbVoter> voters) {
    public PabulibFile {
        meta = PbMaps.ordered(meta);
        projects = List.copyOf(projects);
        voters = List.copyOf(voters);
    }

    /** The budget to spend, in {@code currency} units (checked to be a whole number when read). */
    public long budget() {
        return Long.parseLong(meta.get(PbColumns.BUDGET));
    }

    /** The rule that decided the outcome, e.g. {@code greedy}; null when META does not say. */
    public String rule() {
        return meta.get(PbColumns.RULE);
    }

    /** The ballot type, e.g. {@code approval}; null when META does not say. */
    public String voteType() {
        return meta.get(PbColumns.VOTE_TYPE);
    }
}
