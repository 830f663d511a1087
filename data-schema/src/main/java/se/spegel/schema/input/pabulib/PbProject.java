package se.spegel.schema.input.pabulib;

import java.util.Map;

/**
 * A row of the PROJECTS section.
 *
 * @param votes the {@code votes} column, null when absent or blank
 * @param name null when absent or blank
 * @param selected the official outcome ({@code 1}/{@code 0}), null when the file has no such column or the cell is blank
 * @param extra every other column (category, beneficiaries, latitude, …), header name to cell text, in file order
 */
public record PbProject(
        String projectId, long cost, Long votes, String name, Boolean selected, Map<String, String> extra) {
    public PbProject {
        extra = PbMaps.ordered(extra);
    }
}
