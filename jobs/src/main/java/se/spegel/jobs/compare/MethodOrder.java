package se.spegel.jobs.compare;

import java.util.Comparator;
import java.util.Optional;
import se.spegel.schema.Method;

/** Methods in the order of the processes contract (open meeting first), unknown codes after them alphabetically. */
final class MethodOrder {
    private MethodOrder() {}

    static final Comparator<String> CODES = Comparator.comparing(
                    (String code) -> Method.parse(code).map(Method::ordinal).orElse(Method.values().length))
            .thenComparing(Comparator.naturalOrder());

    /** The method code of a process summary row; rows without one count as {@code other}. */
    static String codeOf(String method) {
        return Optional.ofNullable(method).filter(m -> !m.isBlank()).orElse(Method.OTHER.code());
    }
}
