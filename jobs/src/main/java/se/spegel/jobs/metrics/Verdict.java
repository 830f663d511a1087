package se.spegel.jobs.metrics;

import java.util.Locale;

/**
 * The judgement of one D against chance: what reports say instead of comparing raw D with fixed
 * thresholds (which called every small group "large difference", since a random group of 40 shows
 * D ≈ 0.16 in eight age bands).
 *
 * <ol>
 *   <li>{@code too_few}: fewer than {@code minN} people with an answer; nothing is claimed.</li>
 *   <li>{@code worse_*}: the upper tail is significant (p_upper &lt; alpha): D is larger than a simple
 *       random sample of the same size would give. Graded by the excess D − E[D], the part of D that
 *       chance does not explain: {@code worse_small} below {@code moderateExcess},
 *       {@code worse_moderate} below {@code largeExcess}, {@code worse_large} from there. For large
 *       groups E[D] → 0, so the grades approach the old 5 % / 15 % thresholds on D.</li>
 *   <li>{@code better_than_chance}: the lower tail is significant (p_lower &lt; alpha): closer to the
 *       residents than a random sample, as a stratified lottery is by design.</li>
 *   <li>{@code as_chance}: otherwise: as representative as a random sample of the same size.</li>
 * </ol>
 * Both tails are one-sided tests at level alpha; at most one can be significant when alpha &lt; ½.
 */
public enum Verdict {
    TOO_FEW, BETTER_THAN_CHANCE, AS_CHANCE, WORSE_SMALL, WORSE_MODERATE, WORSE_LARGE;

    /** The thresholds of conf's {@code spegel.verdict}. */
    public record Rule(long minN, double alpha, double moderateExcess, double largeExcess) {
        public Rule {
            if (minN < 1 || !(alpha > 0 && alpha < 0.5) || !(moderateExcess >= 0 && moderateExcess <= largeExcess)) {
                throw new IllegalArgumentException("need min-n >= 1, 0 < alpha < 0.5 and 0 <= moderate-excess"
                        + " <= large-excess, was " + minN + ", " + alpha + ", " + moderateExcess + ", " + largeExcess);
            }
        }
    }

    /** @param excess D − E[D]; the p-values are ignored when n is below the minimum */
    public static Verdict of(long n, double excess, double pUpper, double pLower, Rule rule) {
        if (n < rule.minN()) {
            return TOO_FEW;
        }
        if (pUpper < rule.alpha()) {
            return excess < rule.moderateExcess() ? WORSE_SMALL : excess < rule.largeExcess() ? WORSE_MODERATE : WORSE_LARGE;
        }
        return pLower < rule.alpha() ? BETTER_THAN_CHANCE : AS_CHANCE;
    }

    /** The contract's spelling, e.g. {@code worse_moderate}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean worse() {
        return this == WORSE_SMALL || this == WORSE_MODERATE || this == WORSE_LARGE;
    }
}
