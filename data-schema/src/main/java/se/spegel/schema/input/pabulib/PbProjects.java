package se.spegel.schema.input.pabulib;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.input.ShownValue;
import se.spegel.schema.input.UnsafeText;

/** Reads the PROJECTS section; {@code project_id} and {@code cost} are required, ids unique, costs whole and ≥ 0. */
final class PbProjects {
    private PbProjects() {}

    static List<PbProject> read(PbSection section) {
        section.require(PbColumns.PROJECT_ID);
        section.require(PbColumns.COST);
        List<PbProject> projects = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (PbRow row : section.rows()) {
            String id = section.requiredText(row, PbColumns.PROJECT_ID);
            if (!ids.add(id)) {
                throw section.error(row, PbColumns.PROJECT_ID, "project " + ShownValue.quoted(id) + " is listed twice");
            }
            for (String column : List.of(PbColumns.PROJECT_ID, PbColumns.NAME)) {
                String problem =
                        section.text(row, column) == null ? null : UnsafeText.problem(section.text(row, column));
                if (problem != null) { // project ids and names are shown in budget/project_outcomes
                    throw section.error(row, column, column + " " + problem);
                }
            }
            long cost = section.wholeNumber(row, PbColumns.COST);
            if (cost < 0) {
                throw section.error(row, PbColumns.COST, "cost " + cost + " is negative");
            }
            projects.add(new PbProject(
                    id,
                    cost,
                    section.optionalWholeNumber(row, PbColumns.VOTES_COUNT),
                    section.text(row, PbColumns.NAME),
                    section.optionalFlag(row, PbColumns.SELECTED),
                    extra(section, row)));
        }
        return projects;
    }

    private static Map<String, String> extra(PbSection section, PbRow row) {
        Map<String, String> extra = new LinkedHashMap<>();
        for (String column : section.header()) {
            if (!PbColumns.PROJECT_COLUMNS.contains(column)) {
                String text = section.text(row, column);
                extra.put(column, text == null ? "" : text);
            }
        }
        return extra;
    }
}
