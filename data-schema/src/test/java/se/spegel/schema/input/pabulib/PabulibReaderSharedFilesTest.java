package se.spegel.schema.input.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static se.spegel.schema.input.pabulib.SharedPabulibFiles.ALEKSANDROW;
import static se.spegel.schema.input.pabulib.SharedPabulibFiles.BEMOWO;
import static se.spegel.schema.input.pabulib.SharedPabulibFiles.MOKOTOW;
import static se.spegel.schema.input.pabulib.SharedPabulibFiles.URSYNOW;
import static se.spegel.schema.input.pabulib.SharedPabulibFiles.WARSZAWA_2026;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader against the real Pabulib files of the shared data folder (skipped where absent). */
class PabulibReaderSharedFilesTest {
    private static final Map<String, PabulibFile> READ = new ConcurrentHashMap<>();

    private static PabulibFile read(String name) {
        Path file = SharedPabulibFiles.file(name);
        return READ.computeIfAbsent(name, n -> PabulibReader.read(file));
    }

    @ParameterizedTest
    @CsvSource({
        ALEKSANDROW + ", 422, 5",
        BEMOWO + ", 4197, 33",
        URSYNOW + ", 7683, 58",
        MOKOTOW + ", 11067, 81",
        WARSZAWA_2026 + ", 61668, 83"
    })
    void everySharedFileParsesWithTheVoterCountOfItsProvenance(String name, int voters, int projects) {
        PabulibFile pb = read(name);
        assertThat(pb.voters()).hasSize(voters);
        assertThat(pb.projects()).hasSize(projects);
        assertThat(pb.meta())
                .containsEntry("num_votes", Integer.toString(voters))
                .containsEntry("num_projects", Integer.toString(projects));
    }

    @Test
    void metaBudgetRuleAndVoteTypeAreRead() {
        PabulibFile aleksandrow = read(ALEKSANDROW);
        assertThat(aleksandrow.budget()).isEqualTo(110_411L);
        assertThat(aleksandrow.rule()).isEqualTo("greedy");
        assertThat(aleksandrow.voteType()).isEqualTo("approval");
        assertThat(aleksandrow.meta())
                .containsEntry("description", "Local PB in Warszawa, Wawer | Aleksandrów")
                .containsEntry("currency", "PLN");

        PabulibFile city = read(WARSZAWA_2026);
        assertThat(city.budget()).isEqualTo(24_186_815L);
        assertThat(city.rule()).isEqualTo("greedy-threshold");
        assertThat(city.meta()).containsEntry("min_project_score_threshold", "3000");
    }

    @Test
    void knownProjectHasTheCostNameVotesAndOutcomeOfItsLine() {
        // Poland_Warszawa_2017_Bemowo.pb line 23, read by hand
        PbProject bikePath = read(BEMOWO).projects().stream()
                .filter(p -> p.projectId().equals("179"))
                .findFirst()
                .orElseThrow();
        assertThat(bikePath.cost()).isEqualTo(440_182L);
        assertThat(bikePath.votes()).isEqualTo(1519L);
        assertThat(bikePath.name()).isEqualTo("Ścieżka rowerowa wzdłuż Powstańców Śl. - ostatni brakujący odcinek");
        assertThat(bikePath.selected()).isTrue();
        assertThat(bikePath.extra())
                .containsExactly(
                        Map.entry("category", "public transit and roads,sport"),
                        Map.entry("beneficiaries", "children,adults,youth"));
    }

    @Test
    void approvedProjectsAndVoterFieldsAreParsed() {
        // Bemowo line 58: 17;1962,2064;38;F;internet;Lotnisko,Bemowo – Lotnisko,Fort Bema
        PbVoter first = read(BEMOWO).voters().get(0);
        assertThat(first)
                .isEqualTo(new PbVoter(
                        58,
                        "17",
                        List.of("1962", "2064"),
                        38,
                        "F",
                        "internet",
                        "Lotnisko,Bemowo – Lotnisko,Fort Bema",
                        Map.of()));

        // 2026 line 107 (LF line ends): 217759;1822,322,1992,1589,1114;42;M;internet;Ursynów
        PbVoter city = read(WARSZAWA_2026).voters().get(0);
        assertThat(city.line()).isEqualTo(107);
        assertThat(city.approvedProjects()).containsExactly("1822", "322", "1992", "1589", "1114");
        assertThat(city.neighborhood()).isEqualTo("Ursynów");

        PbVoter noNeighborhood = read(ALEKSANDROW).voters().get(0);
        assertThat(noNeighborhood.line()).isEqualTo(30);
        assertThat(noNeighborhood.neighborhood()).isNull();
        assertThat(noNeighborhood.approvedProjects()).containsExactly("1112");
    }

    @ParameterizedTest
    @ValueSource(strings = {ALEKSANDROW, BEMOWO, URSYNOW, MOKOTOW, WARSZAWA_2026})
    void voterLineNumbersPointAtTheVoterInTheFile(String name) {
        PabulibFile pb = read(name);
        List<String> lines = LineScan.lines(pb.file());
        for (PbVoter voter : pb.voters()) {
            assertThat(lines.get((int) voter.line() - 1)).startsWith(voter.voterId() + ";");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {ALEKSANDROW, BEMOWO, URSYNOW, MOKOTOW, WARSZAWA_2026})
    void quirkCountsMatchAnIndependentLineScan(String name) {
        PabulibFile pb = read(name);
        LineScan scan = LineScan.votes(pb.file());
        assertThat(quirks(pb)).isEqualTo(scan);
    }

    @Test
    void bemowoKeepsItsChildVotersAndHasNoCentenariansOrMissingSex() {
        PabulibFile bemowo = read(BEMOWO);
        assertThat(quirks(bemowo)).isEqualTo(new LineScan(4197, 270, 0, 0, 0));
        assertThat(LineScan.votes(bemowo.file())).isEqualTo(new LineScan(4197, 270, 0, 0, 0));
        assertThat(bemowo.voters()).extracting(PbVoter::age).contains(0);
    }

    @Test
    void missingAgesAreNullAndAgesAboveOneHundredAreKept() {
        PabulibFile mokotow = read(MOKOTOW);
        assertThat(mokotow.voters().stream().filter(v -> v.age() == null)).hasSize(11);
        assertThat(mokotow.voters()).extracting(PbVoter::age).contains(115);
    }

    @ParameterizedTest
    @ValueSource(strings = {ALEKSANDROW, BEMOWO, URSYNOW, MOKOTOW, WARSZAWA_2026})
    void selectedProjectsFitTheBudget(String name) {
        PabulibFile pb = read(name);
        assertThat(pb.projects()).allSatisfy(p -> assertThat(p.selected()).isNotNull());
        long spent = pb.projects().stream()
                .filter(PbProject::selected)
                .mapToLong(PbProject::cost)
                .sum();
        assertThat(spent).isPositive().isLessThanOrEqualTo(pb.budget());
    }

    @ParameterizedTest
    @ValueSource(strings = {ALEKSANDROW, BEMOWO, URSYNOW, MOKOTOW, WARSZAWA_2026})
    void projectVoteCountsEqualTheApprovalsOnTheBallots(String name) {
        PabulibFile pb = read(name);
        Map<String, Long> approvals = pb.voters().stream()
                .flatMap(v -> v.approvedProjects().stream())
                .collect(Collectors.groupingBy(id -> id, HashMap::new, Collectors.counting()));
        assertThat(pb.projects())
                .allSatisfy(p -> assertThat(approvals.getOrDefault(p.projectId(), 0L))
                        .as(p.projectId())
                        .isEqualTo(p.votes()));
    }

    @Test
    void cityWideFileHasEighteenDistrictsAndADashForUnstated() {
        Map<String, Long> byDistrict = read(WARSZAWA_2026).voters().stream()
                .collect(Collectors.groupingBy(v -> Objects.requireNonNull(v.neighborhood()), Collectors.counting()));
        assertThat(byDistrict).hasSize(19).containsEntry("-", 1792L).containsEntry("Bemowo", 4242L);
    }

    private static LineScan quirks(PabulibFile pb) {
        List<PbVoter> voters = pb.voters();
        return new LineScan(
                voters.size(),
                (int) voters.stream()
                        .filter(v -> v.age() != null && v.age() < 16)
                        .count(),
                (int) voters.stream()
                        .filter(v -> v.age() != null && v.age() > 100)
                        .count(),
                (int) voters.stream().filter(v -> v.age() == null).count(),
                (int) voters.stream().filter(v -> v.sex() == null).count());
    }
}
