package se.spegel.schema.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one display order of a dimension's categories: category_gaps is written in it ({@code spegel evaluate})
 * and the reports show it. Listed codes (conf's categories, or the run's age bands) come first, in their listed
 * order; the others follow, numbers compared as numbers (the age band {@code 5-15} before {@code 16-24}), then
 * alphabetically ignoring case. An intersection's categories ({@code 25-34×kvinna}) are ordered by their first
 * part, then their second, each part in its own dimension's order.
 */
public final class CategoryOrder implements Comparator<String> {

    /** Joins the dimensions of an intersection ({@code age×gender}) and the parts of its categories. */
    public static final String INTERSECTION = "\u00d7";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");

    private final List<List<String>> listedPerPart;

    private CategoryOrder(List<List<String>> listedPerPart) {
        List<List<String>> copy = new ArrayList<>();
        listedPerPart.forEach(listed -> copy.add(List.copyOf(listed)));
        this.listedPerPart = List.copyOf(copy);
    }

    /** The order of a plain dimension's categories, {@code listed} first. */
    public static CategoryOrder of(List<String> listed) {
        return new CategoryOrder(List.of(listed));
    }

    /** The order of an intersection's categories: for each of its dimensions, the codes listed for it. */
    public static CategoryOrder ofParts(List<List<String>> listedPerPart) {
        if (listedPerPart.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one dimension");
        }
        return new CategoryOrder(listedPerPart);
    }

    @Override
    public int compare(String a, String b) {
        int parts = listedPerPart.size();
        String[] as = parts == 1 ? new String[] {a} : a.split(INTERSECTION, parts);
        String[] bs = parts == 1 ? new String[] {b} : b.split(INTERSECTION, parts);
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int byPart = compare(listedPerPart.get(i), as[i], bs[i]);
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(as.length, bs.length);
    }

    private static int compare(List<String> listed, String a, String b) {
        int ia = listed.indexOf(a);
        int ib = listed.indexOf(b);
        if (ia >= 0 && ib >= 0) {
            return Integer.compare(ia, ib);
        }
        if (ia >= 0 || ib >= 0) {
            return ia >= 0 ? -1 : 1;
        }
        Matcher ma = LEADING_NUMBER.matcher(a);
        Matcher mb = LEADING_NUMBER.matcher(b);
        if (ma.find() && mb.find()) {
            int byNumber = Long.compare(Long.parseLong(ma.group(1)), Long.parseLong(mb.group(1)));
            if (byNumber != 0) {
                return byNumber;
            }
        }
        int ignoringCase = a.compareToIgnoreCase(b);
        return ignoringCase != 0 ? ignoringCase : a.compareTo(b);
    }
}
