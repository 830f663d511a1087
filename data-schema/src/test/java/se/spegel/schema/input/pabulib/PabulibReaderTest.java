package se.spegel.schema.input.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.input.InputException;

/** The reader on small hand-written files: format rules, optional columns and broken files. */
class PabulibReaderTest {
    private static final List<String> META =
            List.of("META", "key;value", "budget;1000", "vote_type;approval", "rule;greedy");
    private static final List<String> PROJECTS = List.of(
            "PROJECTS", "project_id;cost;votes;name;selected", "1;600;2;\"Park; with a bench\";1", "2;500;1;Library;0");

    @TempDir
    Path dir;

    @Test
    void minimalFileIsReadWithQuotedNameContainingSemicolon() {
        PabulibFile pb = PabulibReader.read(write(
                "a.pb",
                "\n",
                META,
                PROJECTS,
                List.of(
                        "VOTES",
                        "voter_id;vote;age;sex;voting_method;neighborhood",
                        "v1;1,2;34;F;internet;Centrum",
                        "v2;1;;;paper;")));
        assertThat(pb.budget()).isEqualTo(1000);
        assertThat(pb.rule()).isEqualTo("greedy");
        assertThat(pb.voteType()).isEqualTo("approval");
        assertThat(pb.projects())
                .containsExactly(
                        new PbProject("1", 600, 2L, "Park; with a bench", true, Map.of()),
                        new PbProject("2", 500, 1L, "Library", false, Map.of()));
        assertThat(pb.voters())
                .containsExactly(
                        new PbVoter(12, "v1", List.of("1", "2"), 34, "F", "internet", "Centrum", Map.of()),
                        new PbVoter(13, "v2", List.of("1"), null, null, "paper", null, Map.of()));
    }

    @Test
    void withoutVoterIdTheRowNumberWithinVotesIsTheId() {
        PabulibFile pb = PabulibReader.read(
                write("b.pb", "\n", META, PROJECTS, List.of("VOTES", "vote;age;sex", "2;12;M", "1,2;101;F")));
        assertThat(pb.voters()).extracting(PbVoter::voterId).containsExactly("1", "2");
        assertThat(pb.voters()).extracting(PbVoter::age).containsExactly(12, 101);
        assertThat(pb.voters()).extracting(PbVoter::votingMethod).containsOnlyNulls();
    }

    @Test
    void absentOptionalProjectColumnsAreNullAndUnknownColumnsGoToExtra() {
        PabulibFile pb = PabulibReader.read(write(
                "c.pb",
                "\n",
                META,
                List.of("PROJECTS", "project_id;cost;category", "7;100;culture"),
                List.of("VOTES", "voter_id;vote;district", "1;7;Wola")));
        assertThat(pb.projects())
                .containsExactly(new PbProject("7", 100, null, null, null, Map.of("category", "culture")));
        assertThat(pb.voters().get(0).extra()).containsExactly(Map.entry("district", "Wola"));
    }

    @Test
    void crlfLineEndsBomAndBlankLinesKeepPhysicalLineNumbers() {
        Path file = dir.resolve("d.pb");
        String text = "\uFEFF" + String.join("\r\n", META) + "\r\n\r\n" + String.join("\r\n", PROJECTS)
                + "\r\nVOTES\r\nvoter_id;vote\r\n\r\n9;2\r\n";
        writeRaw(file, text);
        PabulibFile pb = PabulibReader.read(file);
        assertThat(pb.meta()).containsKeys("budget", "vote_type", "rule");
        assertThat(pb.voters()).containsExactly(new PbVoter(14, "9", List.of("2"), null, null, null, null, Map.of()));
    }

    @Test
    void missingSectionIsAnError() {
        Path file = write("e.pb", "\n", META, PROJECTS);
        assertThatThrownBy(() -> PabulibReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(file.toString());
            assertThat(e.getMessage()).contains("section VOTES is missing");
        });
    }

    @Test
    void votesRowWithTheWrongNumberOfCellsIsReportedAtItsLine() {
        Path file = write("f.pb", "\r\n", META, PROJECTS, List.of("VOTES", "voter_id;vote;age", "1;1;30", "2;2"));
        assertThatThrownBy(() -> PabulibReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.userMessage())
                    .startsWith(file + ":13:3: VOTES: row has 2 cells where the header has 3")
                    .doesNotContain("\n");
        });
    }

    @Test
    void nonNumericCostIsReportedWithLineAndColumn() {
        Path file = write(
                "g.pb",
                "\n",
                META,
                List.of("PROJECTS", "project_id;cost;name", "1;100;A", "2;12 000;B"),
                List.of("VOTES", "voter_id;vote", "1;1"));
        assertThatThrownBy(() -> PabulibReader.read(file))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(file + ":9:2 (column cost): PROJECTS: cost '12 000' is not a whole number"));
    }

    @Test
    void voteForAProjectNotInProjectsIsAnError() {
        Path file = write("h.pb", "\n", META, PROJECTS, List.of("VOTES", "voter_id;vote", "1;1,3"));
        assertThatThrownBy(() -> PabulibReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(12);
            assertThat(e.column()).isEqualTo(2);
            assertThat(e.getMessage()).contains("'3'");
        });
    }

    @Test
    void nonNumericAgeIsAnErrorButBlankAgeIsMissing() {
        Path file = write("i.pb", "\n", META, PROJECTS, List.of("VOTES", "voter_id;vote;age", "1;1;", "2;1;forty"));
        assertThatThrownBy(() -> PabulibReader.read(file)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.columnName()).isEqualTo("age");
        });
    }

    @Test
    void budgetThatIsNotAWholeNumberIsAnError() {
        Path file = write(
                "j.pb",
                "\n",
                List.of("META", "key;value", "budget;lots"),
                PROJECTS,
                List.of("VOTES", "voter_id;vote", "1;1"));
        assertThatThrownBy(() -> PabulibReader.read(file))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(file + ":3:2 (column value): META: budget 'lots' is not a whole number"));
    }

    @Test
    void dataBeforeTheFirstSectionAndRepeatedSectionsAreErrors() {
        Path stray = write("k.pb", "\n", List.of("hello"), META, PROJECTS, List.of("VOTES", "voter_id;vote", "1;1"));
        assertThatThrownBy(() -> PabulibReader.read(stray))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.line()).isEqualTo(1));
        Path twice = write("l.pb", "\n", META, PROJECTS, List.of("VOTES", "voter_id;vote", "1;1"), List.of("PROJECTS"));
        assertThatThrownBy(() -> PabulibReader.read(twice)).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.line()).isEqualTo(13);
            assertThat(e.getMessage()).contains("PROJECTS appears a second time");
        });
    }

    @Test
    void repeatedVoterIdAndSelectedOtherThanZeroOrOneAreErrors() {
        Path repeated = write("m.pb", "\n", META, PROJECTS, List.of("VOTES", "voter_id;vote", "1;1", "1;2"));
        assertThatThrownBy(() -> PabulibReader.read(repeated))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.line()).isEqualTo(13));
        Path yes = write(
                "n.pb",
                "\n",
                META,
                List.of("PROJECTS", "project_id;cost;selected", "1;5;yes"),
                List.of("VOTES", "voter_id;vote", "1;1"));
        assertThatThrownBy(() -> PabulibReader.read(yes))
                .isInstanceOfSatisfying(
                        InputException.class,
                        e -> assertThat(e.userMessage())
                                .endsWith(":8:3 (column selected): PROJECTS: selected 'yes' is not 0 or 1"));
    }

    @Test
    void invalidUtf8IsReportedAtItsLine() {
        Path file = dir.resolve("o.pb");
        byte[] head = (String.join("\n", META) + "\n" + String.join("\n", PROJECTS)
                        + "\nVOTES\nvoter_id;vote;sex\n1;1;")
                .getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xD6; // "Ö" in Windows-1252
        all[head.length + 1] = '\n';
        writeBytes(file, all);
        assertThatThrownBy(() -> PabulibReader.read(file))
                .isInstanceOfSatisfying(
                        InputException.class, e -> assertThat(e.getMessage()).contains("not valid UTF-8"));
    }

    @SafeVarargs
    private Path write(String name, String lineEnd, List<String>... sections) {
        StringBuilder text = new StringBuilder();
        for (List<String> section : sections) {
            for (String line : section) {
                text.append(line).append(lineEnd);
            }
        }
        Path file = dir.resolve(name);
        writeRaw(file, text.toString());
        return file;
    }

    private static void writeRaw(Path file, String text) {
        writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
