package se.spegel.reports.text;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.spegel.reports.ReportLabels;

/**
 * Orders category codes as configured: listed codes in their configured order, others after them,
 * alphabetically with numbers compared as numbers (so the age band {@code 5-15} comes before {@code 16-24}).
 */
public final class CategoryOrder implements Comparator<String> {

  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d{1,9})");

  private final List<String> configured;

  CategoryOrder(List<String> configured) {
    this.configured = List.copyOf(configured);
  }

  public static CategoryOrder of(ReportLabels labels, String dimension) {
    return new CategoryOrder(labels.categoryOrder(dimension));
  }

  @Override
  public int compare(String a, String b) {
    int ia = configured.indexOf(a);
    int ib = configured.indexOf(b);
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
