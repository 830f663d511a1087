package se.spegel.schema.input.pabulib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.input.ShownValue;

/**
 * Reads the VOTES section. {@code vote} is required and must name known projects; without a
 * {@code voter_id} column a voter's id is their 1-based row number within VOTES.
 */
final class PbVoters {
    private PbVoters() {}

    static List<PbVoter> read(PbSection section, Set<String> projectIds) {
        section.require(PbColumns.VOTE);
        boolean hasIds = section.has(PbColumns.VOTER_ID);
        List<PbVoter> voters = new ArrayList<>(section.rows().size());
        Set<String> seen = new HashSet<>();
        int rowNumber = 0;
        for (PbRow row : section.rows()) {
            rowNumber++;
            String id = hasIds ? section.requiredText(row, PbColumns.VOTER_ID) : Integer.toString(rowNumber);
            if (!seen.add(id)) {
                throw section.error(row, PbColumns.VOTER_ID, "this voter_id is listed twice (an earlier row has it)");
            }
            voters.add(new PbVoter(
                    row.line(),
                    id,
                    approved(section, row, projectIds),
                    section.optionalInt(row, PbColumns.AGE),
                    section.text(row, PbColumns.SEX),
                    section.text(row, PbColumns.VOTING_METHOD),
                    section.text(row, PbColumns.NEIGHBORHOOD),
                    extra(section, row)));
        }
        return voters;
    }

    private static List<String> approved(PbSection section, PbRow row, Set<String> projectIds) {
        String vote = section.text(row, PbColumns.VOTE);
        if (vote == null) {
            return List.of();
        }
        List<String> approved = new ArrayList<>();
        for (String part : vote.split(",", -1)) {
            String id = part.strip();
            if (id.isEmpty()) {
                throw section.error(
                        row, PbColumns.VOTE, "vote " + ShownValue.quoted(vote) + " has an empty project id");
            }
            if (!projectIds.contains(id)) {
                throw section.error(
                        row,
                        PbColumns.VOTE,
                        "vote names project " + ShownValue.quoted(id) + ", which is not in PROJECTS");
            }
            approved.add(id);
        }
        return approved;
    }

    private static Map<String, String> extra(PbSection section, PbRow row) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String column : section.header()) {
            if (!PbColumns.VOTER_COLUMNS.contains(column)) {
                String text = section.text(row, column);
                extra.put(column, text == null ? "" : text);
            }
        }
        return extra;
    }
}
