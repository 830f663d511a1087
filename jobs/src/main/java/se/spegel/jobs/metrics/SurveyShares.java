package se.spegel.jobs.metrics;

import java.util.Map;

/**
 * A survey benchmark as the metrics read it: the share of each category (display order) among
 * {@code n} (effective) respondents, the file it came from and the survey it names.
 */
public record SurveyShares(Map<String, Double> shares, long n, String file, String source) {
    public SurveyShares {
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
        if (n < 1) {
            throw new IllegalArgumentException("a survey needs at least one respondent, was " + n);
        }
    }
}
