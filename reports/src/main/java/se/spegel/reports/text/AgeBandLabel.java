package se.spegel.reports.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns an age band code ({@code "16-24"}, {@code "85+"}) into a label ({@code "16–24 år"}, {@code "85+ år"}). */
public final class AgeBandLabel {

    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*-\\s*(\\d{1,3})");
    private static final Pattern OPEN = Pattern.compile("(\\d{1,3})\\s*\\+");

    private AgeBandLabel() {}

    /**
     * The label of an age band with the given unit word ("år", "years"), or empty when the code is not
     * an age band.
     */
    public static Optional<String> of(String code, String unit) {
        String trimmed = code.trim();
        Matcher range = RANGE.matcher(trimmed);
        if (range.matches()) {
            return Optional.of(range.group(1) + "\u2013" + range.group(2) + " " + unit);
        }
        Matcher open = OPEN.matcher(trimmed);
        if (open.matches()) {
            return Optional.of(open.group(1) + "+ " + unit);
        }
        return Optional.empty();
    }

    /** The unit word of a report language from its message bundle ({@code age.unit}); English for others. */
    public static String unitFor(String lang) {
        String supported = Messages.SUPPORTED_LANGUAGES.contains(lang) ? lang : "en";
        return new Messages(supported).get("age.unit");
    }
}
