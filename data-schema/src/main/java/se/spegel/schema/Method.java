package se.spegel.schema;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Dialogue methods of the processes contract. */
public enum Method {
    OPEN_MEETING,
    PARTICIPATORY_BUDGET,
    CITIZENS_ASSEMBLY,
    CITIZENS_PANEL,
    DIGITAL_PLATFORM,
    SURVEY,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Method> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(m -> m.code().equals(wanted)).findFirst();
    }

    public static String allCodes() {
        return String.join(", ", Arrays.stream(values()).map(Method::code).toList());
    }
}
