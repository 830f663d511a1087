package se.spegel.schema.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.Method;
import se.spegel.schema.input.InputException;

class SpegelConfigTest {
    private static final String MIN_COUNT_PROPERTY = "spegel.disclosure.min-count";

    @TempDir
    Path dir;

    @AfterEach
    void clearProperty() {
        System.clearProperty(MIN_COUNT_PROPERTY);
    }

    @Test
    void defaultsLoadFromTheBundledConf() {
        SpegelConfig config = SpegelConfig.defaults();
        assertThat(config.disclosureMinCount()).isEqualTo(5);
        assertThat(config.ciLevel()).isEqualTo(0.95);
        assertThat(config.maxPlausibleAge()).isEqualTo(120);
        assertThat(config.reportLang()).isEqualTo("sv");
        assertThat(config.dimensions().keySet()).containsExactly("age", "gender", "education", "origin", "district");
        assertThat(config.dimension("gender").source()).isEqualTo(DimensionSource.COLUMN);
        assertThat(config.dimension("age").source()).isEqualTo(DimensionSource.AGE);
        assertThat(config.dimension("district").source()).isEqualTo(DimensionSource.AREA);
        assertThat(config.dimension("gender").order()).containsExactly("kvinna", "man", "annat");
        assertThat(config.intersections()).containsExactly(List.of("age", "gender"));
        assertThat(config.renderJson()).contains("\"min-count\":5");
    }

    @Test
    void everyMethodHasDefaultStages() {
        SpegelConfig config = SpegelConfig.defaults();
        for (Method method : Method.values()) {
            assertThat(config.stagesOf(method)).as(method.code()).isNotEmpty();
        }
        assertThat(config.stagesOf(Method.CITIZENS_ASSEMBLY))
                .containsExactly("invited", "responded", "selected", "attended");
        assertThat(config.methodLabel("citizens_assembly", "sv")).isEqualTo("Medborgarråd");
        assertThat(config.stageLabel("invited", "en")).isEqualTo("Invited");
        assertThat(config.stageLabel("unheard_of", "en")).isEqualTo("unheard_of");
    }

    @Test
    void ageBandsParseAndContainTheRightAges() {
        AgeBands bands = SpegelConfig.defaults().ageBands();
        assertThat(bands.codes())
                .containsExactly("0-15", "16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+");
        assertThat(bands.bandOf(0)).map(AgeBand::code).contains("0-15");
        assertThat(bands.bandOf(15)).map(AgeBand::code).contains("0-15");
        assertThat(bands.bandOf(16)).map(AgeBand::code).contains("16-24");
        assertThat(bands.bandOf(24)).map(AgeBand::code).contains("16-24");
        assertThat(bands.bandOf(25)).map(AgeBand::code).contains("25-34");
        assertThat(bands.bandOf(84)).map(AgeBand::code).contains("75-84");
        assertThat(bands.bandOf(85)).map(AgeBand::code).contains("85+");
        assertThat(bands.bandOf(90)).map(AgeBand::code).contains("85+");
        assertThat(bands.bandOf(-1)).isEmpty();
    }

    @Test
    void ageBandParsesRangesOpenEndsAndSingleYears() {
        assertThat(AgeBand.parse("16-24")).isEqualTo(new AgeBand("16-24", 16, 24));
        assertThat(AgeBand.parse(" 85+ ")).isEqualTo(new AgeBand("85+", 85, Integer.MAX_VALUE));
        assertThat(AgeBand.parse("18")).isEqualTo(new AgeBand("18", 18, 18));
        assertThatThrownBy(() -> AgeBand.parse("unga")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageBandsWithAGapOrOverlapAreRefused() {
        assertThatThrownBy(() -> AgeBands.parse(List.of("0-15", "17-24"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AgeBands.parse(List.of("0-15", "15-24"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingValuesAreCaseInsensitiveAndTrimmed() {
        SpegelConfig config = SpegelConfig.defaults();
        assertThat(config.isMissing(null)).isTrue();
        assertThat(config.isMissing("")).isTrue();
        assertThat(config.isMissing("  ")).isTrue();
        assertThat(config.isMissing(" Vill ej uppge ")).isTrue();
        assertThat(config.isMissing("Prefer not to say")).isTrue();
        assertThat(config.isMissing("kvinna")).isFalse();
    }

    @Test
    void genderSchemeMapsSynonymsCaseInsensitively() {
        DimensionScheme gender = SpegelConfig.defaults().dimension("gender");
        assertThat(gender.canonical("K")).isEqualTo("kvinna");
        assertThat(gender.canonical(" Kvinnor ")).isEqualTo("kvinna");
        assertThat(gender.canonical("2")).isEqualTo("kvinna");
        assertThat(gender.canonical("MÄN")).isEqualTo("man");
        assertThat(gender.canonical("icke-binär")).isEqualTo("annat");
        assertThat(gender.canonical("Något annat")).isEqualTo("Något annat");
        assertThat(gender.categoryLabel("kvinna", "en")).isEqualTo("Women");
        assertThat(gender.label("sv")).isEqualTo("Kön");
    }

    @Test
    void columnAliasesIncludeSwedishNames() {
        var aliases = SpegelConfig.defaults().columnAliases();
        List<String> known = List.of("gender", "age", "birth_year", "stage");
        assertThat(aliases.canonical("Kön", known)).isEqualTo("gender");
        assertThat(aliases.canonical("ÅLDER", known)).isEqualTo("age");
        assertThat(aliases.canonical("Födelseår", known)).isEqualTo("birth_year");
        assertThat(aliases.canonical("Steg", known)).isEqualTo("stage");
        assertThat(aliases.canonical("Steg", List.of("stages"))).isEqualTo("stages");
        assertThat(aliases.canonical("Income Band", known)).isEqualTo("income_band");
    }

    @Test
    void userConfFileOverridesAKeyAndKeepsTheRest() throws IOException {
        Path user = Files.writeString(
                dir.resolve("user.conf"),
                "spegel.disclosure.min-count = 10\nspegel { age-bands = [\"0-17\", \"18-64\", \"65+\"] }\n",
                StandardCharsets.UTF_8);
        SpegelConfig config = SpegelConfig.load(Optional.of(user));
        assertThat(config.disclosureMinCount()).isEqualTo(10);
        assertThat(config.ageBands().bandOf(16)).map(AgeBand::code).contains("0-17");
        assertThat(config.ciLevel()).isEqualTo(0.95);
        assertThat(config.stagesOf(Method.SURVEY)).containsExactly("invited", "responded");
    }

    @Test
    void missingUserConfFileIsAnInputException() {
        Path missing = dir.resolve("missing.conf");
        assertThatThrownBy(() -> SpegelConfig.load(Optional.of(missing)))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.userMessage()).contains(missing.toString()));
    }

    @Test
    void malformedUserConfIsAnInputExceptionNamingTheFile() throws IOException {
        Path user = Files.writeString(dir.resolve("bad.conf"), "spegel { age-bands = [\"0-15\", \"20-30\"] }\n");
        assertThatThrownBy(() -> SpegelConfig.load(Optional.of(user)))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.userMessage()).startsWith(user.toString()));
    }

    @Test
    void systemPropertyOverridesTheDefaultAndTheUserFile() throws IOException {
        assertThat(SpegelConfig.defaults().disclosureMinCount())
                .isEqualTo(5); // a load before the property is set must not hide it later
        System.setProperty(MIN_COUNT_PROPERTY, "3");
        try {
            assertThat(SpegelConfig.defaults().disclosureMinCount()).isEqualTo(3);
            Path user = Files.writeString(dir.resolve("user.conf"), "spegel.disclosure.min-count = 10\n");
            assertThat(SpegelConfig.load(Optional.of(user)).disclosureMinCount())
                    .isEqualTo(3);
        } finally {
            System.clearProperty(MIN_COUNT_PROPERTY);
        }
        assertThat(SpegelConfig.defaults().disclosureMinCount()).isEqualTo(5);
    }
}
