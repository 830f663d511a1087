package se.spegel.schema.input;

import java.util.List;

/**
 * What a reader expects of a table, so that one opener can read it from any format.
 *
 * @param role processes, participants, population or areas (as in messages and run.json)
 * @param known the contract's columns, which header aliases resolve to
 * @param required columns that must be present
 * @param dropIdentifiers whether columns holding direct identifiers are left out as the file is read
 */
public record TableSpec(String role, List<String> known, List<String> required, boolean dropIdentifiers) {
    public TableSpec {
        known = List.copyOf(known);
        required = List.copyOf(required);
    }
}
