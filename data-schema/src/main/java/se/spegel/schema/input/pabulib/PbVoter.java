package se.spegel.schema.input.pabulib;

import java.util.List;
import java.util.Map;

/**
 * A row of the VOTES section: one voter and the projects they approved.
 *
 * @param line physical line number of the row in the file (1-based)
 * @param voterId the {@code voter_id} cell, or the 1-based row number within VOTES when the file has no such column
 * @param approvedProjects project ids of the {@code vote} cell, in the order given
 * @param age as given (children and ages above 100 are real and kept); null when absent or blank
 * @param sex as given (e.g. {@code M}, {@code F}); null when absent or blank
 * @param votingMethod e.g. {@code internet}, {@code paper}; null when absent or blank
 * @param neighborhood as given (some files use {@code -} for "not stated"); null when absent or blank
 * @param extra every other column, header name to cell text, in file order
 */
public record PbVoter(
        long line,
        String voterId,
        List<String> approvedProjects,
        Integer age,
        String sex,
        String votingMethod,
        String neighborhood,
        Map<String, String> extra) {
    public PbVoter {
        approvedProjects = List.copyOf(approvedProjects);
        extra = PbMaps.ordered(extra);
    }
}
