package se.spegel.reports.text;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The report's visible text, from {@code se/spegel/reports/messages_<lang>.properties}. */
public final class Messages {

    static final List<String> SUPPORTED_LANGUAGES = List.of("sv", "en");
    private static final String BUNDLE = "se.spegel.reports.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    Messages(String lang) {
        if (!SUPPORTED_LANGUAGES.contains(lang)) {
            throw new IllegalArgumentException(
                    "report language '" + lang + "' is not supported; use one of " + SUPPORTED_LANGUAGES);
        }
        this.locale = Locale.forLanguageTag(lang);
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String lang() {
        return locale.getLanguage();
    }

    /** The text for a key, with {0}, {1}, … filled in when arguments are given. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no text '" + key + "' for language " + lang(), e);
        }
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    /** Every text of the bundle, for the template. */
    public Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        bundle.keySet().stream().sorted().forEach(k -> all.put(k, bundle.getString(k)));
        return all;
    }
}
