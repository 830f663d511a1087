package se.spegel.schema.input.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.spegel.schema.config.SpegelConfig;

/**
 * The three real swedish-sortition criteria files of the shared data folder
 * ({@code shared/data/swedish-assembly-quotas}, see its PROVENANCE.md) read as they are. The
 * expected figures are copied from the files by eye; skipped where the folder is absent.
 */
class SwedishAssemblyQuotaFilesTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();

    @Test
    void malmoCriteriaGiveSixFeaturesOfWholeSeatsSummingTo42() {
        List<Quota> quotas = QuotaReader.read(file("criteria-malmo24-42.json"), CONFIG);
        assertThat(quotas).hasSize(3 + 6 + 4 + 4 + 6 + 4);
        assertThat(quotas).allSatisfy(q -> {
            assertThat(q.processId()).isEqualTo("criteria-malmo24-42");
            assertThat(q.min()).isNull();
            assertThat(q.max()).isNull();
            assertThat(q.weight()).isEqualTo(1.0);
        });
        Map<String, Double> seatsPerFeature =
                quotas.stream().collect(Collectors.groupingBy(Quota::feature, Collectors.summingDouble(Quota::target)));
        assertThat(seatsPerFeature)
                .containsOnlyKeys("gender", "age_group", "education", "geography", "occupation", "climate_worry");
        seatsPerFeature.values().forEach(seats -> assertThat(seats).isEqualTo(42.0));
        // "65- \u00e5r": the JSON escape decoded, the open-ended band kept as written
        assertThat(quotas)
                .filteredOn(q -> q.feature().equals("age_group"))
                .extracting(Quota::value)
                .containsExactly("16-19 år", "20-29 år", "30-39 år", "40-49 år", "50-64 år", "65- år");
        Quota annat = quotas.stream()
                .filter(q -> q.value().equals("Annat"))
                .findFirst()
                .orElseThrow();
        assertThat(annat.target()).isEqualTo(1.0);
        assertThat(annat.line()).isEqualTo(1); // the file is one line
        assertThat(annat.valueColumn()).isGreaterThan(annat.featureColumn());
    }

    @Test
    void borasCriteriaAreFractionalSharesOf42AndBothRoundsAreTheSame() {
        List<Quota> first = QuotaReader.read(file("criteria-boras24.1-42.json"), CONFIG);
        List<Quota> second = QuotaReader.read(file("criteria-boras24.2-42.json"), CONFIG);
        assertThat(first).hasSize(3 + 6 + 4 + 3 + 6 + 4);
        assertThat(first.stream().map(Quota::target).toList())
                .isEqualTo(second.stream().map(Quota::target).toList());
        assertThat(first.get(0).processId()).isEqualTo("criteria-boras24.1-42");
        Quota man = first.get(0);
        assertThat(man.feature()).isEqualTo("gender");
        assertThat(man.value()).isEqualTo("Man");
        assertThat(man.target()).isEqualTo(20.5464);
        double gender = first.stream()
                .filter(q -> q.feature().equals("gender"))
                .mapToDouble(Quota::target)
                .sum();
        assertThat(gender).isCloseTo(42.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    static Path file(String name) {
        Path cwd = Path.of("").toAbsolutePath();
        for (Path p = cwd; p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/data/swedish-assembly-quotas").resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared quota file not present: " + name);
        return null;
    }
}
