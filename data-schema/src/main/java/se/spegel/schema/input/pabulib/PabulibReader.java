package se.spegel.schema.input.pabulib;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import se.spegel.schema.input.InputException;

/**
 * Reads a Pabulib {@code .pb} file (participatory-budgeting instance: META, PROJECTS, VOTES).
 * Values are kept as the file gives them (ages below 16 or above 100 included); only the
 * structure is checked. A broken file throws {@link InputException} naming file, physical
 * line and column.
 */
public final class PabulibReader {
    private PabulibReader() {}

    public static PabulibFile read(Path file) {
        Map<String, PbSection> sections = PbSections.read(file);
        Map<String, String> meta = PbMeta.read(sections.get(PbColumns.META));
        List<PbProject> projects = PbProjects.read(sections.get(PbColumns.PROJECTS));
        Set<String> projectIds = projects.stream().map(PbProject::projectId).collect(Collectors.toUnmodifiableSet());
        List<PbVoter> voters = PbVoters.read(sections.get(PbColumns.VOTES), projectIds);
        return new PabulibFile(file, meta, projects, voters);
    }
}
