package se.spegel.jobs.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.budget.GreedyRule.Candidate;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.pabulib.PabulibReader;

class GreedyRuleTest {
    // budget 100: A (60) is ranked first; B (50) no longer fits; C (40) still does
    private static final List<Candidate> PROJECTS =
            List.of(new Candidate("A", 60, 30), new Candidate("B", 50, 20), new Candidate("C", 40, 10));

    @TempDir
    Path dir;

    @Test
    void greedySkipsAProjectThatDoesNotFitAndGoesOn() {
        assertThat(new GreedyRule("greedy", 100, 0, false).select(PROJECTS)).containsExactly("A", "C");
    }

    @Test
    void greedyNoSkipStopsAtTheFirstProjectThatDoesNotFit() {
        assertThat(new GreedyRule("greedy-no-skip", 100, 0, true).select(PROJECTS))
                .containsExactly("A");
    }

    @Test
    void aProjectBelowTheMinimumScoreIsNeverFundedOneAtTheMinimumIs() {
        assertThat(new GreedyRule("greedy-threshold", 100, 10.5, false).select(PROJECTS))
                .containsExactly("A");
        assertThat(new GreedyRule("greedy-threshold", 100, 10, false).select(PROJECTS))
                .containsExactly("A", "C");
    }

    @Test
    void equalScoresKeepTheFilesOrder() {
        List<Candidate> tied = List.of(new Candidate("X", 60, 5), new Candidate("Y", 60, 5));
        assertThat(new GreedyRule("greedy", 100, 0, false).select(tied)).containsExactly("X");
    }

    @Test
    void theRuleComesFromTheFilesMeta() throws IOException {
        GreedyRule rule = GreedyRule.of(
                PabulibReader.read(pb("greedy-threshold", "approval", "min_project_score_threshold;3000\n")));
        assertThat(rule).isEqualTo(new GreedyRule("greedy-threshold", 100, 3000, false));
        assertThat(rule.describe()).isEqualTo("greedy-threshold (minimum score 3000)");
        assertThat(GreedyRule.of(PabulibReader.read(pb("greedy-no-skip", "approval", "")))
                        .stopAtFirstMisfit())
                .isTrue();
    }

    @Test
    void aRuleOtherThanGreedyIsNotRecounted() throws IOException {
        Path file = pb("equalshares", "approval", "");
        assertThatThrownBy(() -> GreedyRule.of(PabulibReader.read(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("META rule is 'equalshares'; Spegel recounts only the greedy rules");
    }

    @Test
    void onlyApprovalBallotsAreRecounted() throws IOException {
        Path file = pb("greedy", "cumulative", "");
        assertThatThrownBy(() -> GreedyRule.of(PabulibReader.read(file)))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("vote_type is 'cumulative'");
    }

    private Path pb(String rule, String voteType, String extraMeta) throws IOException {
        return Files.writeString(
                dir.resolve("x.pb"),
                "META\nkey;value\nbudget;100\nvote_type;" + voteType + "\nrule;" + rule + "\n" + extraMeta
                        + "PROJECTS\nproject_id;cost;votes\nA;60;1\nVOTES\nvoter_id;vote\nv1;A\n");
    }
}
