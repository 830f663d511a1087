package se.spegel.schema.input.pabulib;

import java.util.LinkedHashMap;
import java.util.Map;
import se.spegel.schema.input.ShownValue;

/** Reads the META section ({@code key;value}); {@code budget} must be there and a whole number. */
final class PbMeta {
    private PbMeta() {}

    static Map<String, String> read(PbSection section) {
        if (section.header().size() != 2) {
            throw section.headerError(null, "must be key;value, found " + String.join(";", section.header()));
        }
        String keyColumn = section.header().get(0);
        String valueColumn = section.header().get(1);
        Map<String, String> meta = new LinkedHashMap<>();
        for (PbRow row : section.rows()) {
            String key = section.requiredText(row, keyColumn);
            String value = section.text(row, valueColumn);
            if (meta.putIfAbsent(key, value == null ? "" : value) != null) {
                throw section.error(row, keyColumn, "key " + ShownValue.quoted(key) + " appears twice");
            }
            if (key.equals(PbColumns.BUDGET)) {
                checkWholeNumber(section, row, valueColumn, value);
            }
        }
        if (!meta.containsKey(PbColumns.BUDGET)) {
            throw section.headerError(null, "is followed by no budget row");
        }
        return meta;
    }

    private static void checkWholeNumber(PbSection section, PbRow row, String valueColumn, String value) {
        try {
            Long.parseLong(value == null ? "" : value);
        } catch (NumberFormatException e) {
            throw section.error(
                    row,
                    valueColumn,
                    "budget " + ShownValue.quoted(value == null ? "" : value) + " is not a whole number");
        }
    }
}
