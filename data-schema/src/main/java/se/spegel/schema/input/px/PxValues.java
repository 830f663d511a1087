package se.spegel.schema.input.px;

import java.util.ArrayList;
import java.util.List;

/**
 * The value of a PC-Axis keyword as a list of items: {@code "a","b"} is two items; strings on
 * consecutive lines without a comma between them ({@code "a long "} newline {@code "text"}) are one
 * item, as the format continues long texts; bare words such as {@code TLIST(A1)} are items too.
 */
final class PxValues {
    private PxValues() {}

    static List<String> parse(String raw) {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int depth = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (quoted) {
                item.append(c);
            } else if (c == ',' && depth == 0) {
                items.add(item.toString());
                item.setLength(0);
                any = false;
            } else if (!Character.isWhitespace(c)) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                item.append(c);
                any = true;
            }
        }
        if (any || !items.isEmpty()) {
            items.add(item.toString());
        }
        return items;
    }
}
