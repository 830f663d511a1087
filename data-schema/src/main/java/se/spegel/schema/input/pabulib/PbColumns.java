package se.spegel.schema.input.pabulib;

import java.util.Set;

/** Section markers, META keys and column names of the Pabulib format (pabulib.org/format). */
final class PbColumns {
    static final String META = "META";
    static final String PROJECTS = "PROJECTS";
    static final String VOTES = "VOTES";
    static final Set<String> SECTIONS = Set.of(META, PROJECTS, VOTES);

    static final String BUDGET = "budget";
    static final String RULE = "rule";
    static final String VOTE_TYPE = "vote_type";

    static final String PROJECT_ID = "project_id";
    static final String COST = "cost";
    static final String VOTES_COUNT = "votes";
    static final String NAME = "name";
    static final String SELECTED = "selected";
    static final Set<String> PROJECT_COLUMNS = Set.of(PROJECT_ID, COST, VOTES_COUNT, NAME, SELECTED);

    static final String VOTER_ID = "voter_id";
    static final String VOTE = "vote";
    static final String AGE = "age";
    static final String SEX = "sex";
    static final String VOTING_METHOD = "voting_method";
    static final String NEIGHBORHOOD = "neighborhood";
    static final Set<String> VOTER_COLUMNS = Set.of(VOTER_ID, VOTE, AGE, SEX, VOTING_METHOD, NEIGHBORHOOD);

    private PbColumns() {}
}
