package se.spegel.jobs.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.spegel.jobs.SharedPabulib;
import se.spegel.schema.input.pabulib.PabulibFile;
import se.spegel.schema.input.pabulib.PabulibReader;
import se.spegel.schema.input.pabulib.PbProject;

/**
 * The greedy rule, counted from the ballots of every shared Pabulib file, gives exactly the
 * official outcome (the {@code selected} column). All five shared files name a greedy rule in
 * META, so none is skipped: four use plain {@code greedy}; Warsaw's city-wide 2026 budget uses
 * {@code greedy-threshold} with {@code min_project_score_threshold;3000} (a project needs at
 * least 3 000 votes; without that threshold project 1664 would be funded too).
 */
class SharedPabulibGreedyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "Poland_Warszawa_2017_Aleksandrow.pb, greedy, 0, 2",
        "Poland_Warszawa_2017_Bemowo.pb, greedy, 0, 11",
        "Poland_Warszawa_2019_Ursynow.pb, greedy, 0, 18",
        "Poland_Warszawa_2023_Mokotow.pb, greedy, 0, 24",
        "Poland_Warszawa_2026.pb, greedy-threshold, 3000, 17"
    })
    void unweightedGreedyReproducesTheOfficialSelection(String name, String rule, double minScore, int funded) {
        PabulibFile pb = PabulibReader.read(SharedPabulib.file(name));
        GreedyRule greedy = GreedyRule.of(pb);
        assertThat(greedy.name()).isEqualTo(rule);
        assertThat(greedy.minScore()).isEqualTo(minScore);

        Map<String, Double> counted = CounterfactualBudget.scores(pb, v -> 1.0);
        // the ballots add up to each project's published vote count
        pb.projects()
                .forEach(p -> assertThat(counted.get(p.projectId()))
                        .as(p.projectId())
                        .isEqualTo(p.votes().doubleValue()));

        Set<String> selected = greedy.select(pb.projects().stream()
                .map(p -> new GreedyRule.Candidate(p.projectId(), p.cost(), counted.get(p.projectId())))
                .toList());
        Set<String> official = pb.projects().stream()
                .filter(PbProject::selected)
                .map(PbProject::projectId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertThat(selected).hasSize(funded).containsExactlyInAnyOrderElementsOf(official);
    }

    @Test
    void warsaw2026NeedsItsMinimumScoreToReproduceTheOfficialOutcome() {
        PabulibFile pb = PabulibReader.read(SharedPabulib.file("Poland_Warszawa_2026.pb"));
        GreedyRule withoutThreshold = new GreedyRule("greedy", pb.budget(), 0, false);
        Set<String> selected = withoutThreshold.select(pb.projects().stream()
                .map(p -> new GreedyRule.Candidate(p.projectId(), p.cost(), p.votes()))
                .toList());
        PbProject p1664 = pb.projects().stream()
                .filter(p -> p.projectId().equals("1664"))
                .findFirst()
                .orElseThrow();
        assertThat(p1664.votes()).isLessThan(3000);
        assertThat(p1664.selected()).isFalse();
        assertThat(selected).contains("1664");
    }
}
