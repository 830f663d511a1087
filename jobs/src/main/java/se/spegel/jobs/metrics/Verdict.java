package se.spegel.jobs.metrics;

import java.util.Locale;

/**
 * The judgement of one D against chance: what reports say instead of comparing raw D with fixed
 * thresholds (which called every small group "large difference", since a random group of 40 shows
 * D ≈ 0.16 in eight age bands).
 *
 * <ol>
 *   <li>{@code too_few}: fewer than {@code minN} people with an answer; nothing is claimed.</li>
 *   <li>{@code worse_*}: the upper tail is significant (p_upper &lt; alphaWorse): D is larger than a simple
 *       random sample of the same size would give. Graded by the excess D − E[D], the part of D that
 *       chance does not explain: {@code worse_small} below {@code moderateExcess},
 *       {@code worse_moderate} below {@code largeExcess}, {@code worse_large} from there. For large
 *       groups E[D] → 0, so the grades approach the old 5 % / 15 % thresholds on D.</li>
 *   <li>{@code better_than_chance}: the lower tail is significant (p_lower &lt; alphaBetter): closer to
 *       the residents than a random sample, as a stratified lottery is by design. Its level may be
 *       laxer than the upper tail's (conf's default 0.10 against 0.05): wrongly praising a group that
 *       is merely as good as chance misleads less than wrongly blaming it, and a lottery that fixes the
 *       shares of one dimension is predicted to land there.</li>
 *   <li>{@code as_chance}: otherwise: as representative as a random sample of the same size.</li>
 * </ol>
 * Both tails are one-sided tests; p_upper + p_lower ≥ 1 (ties count in both), so with
 * alphaWorse + alphaBetter ≤ 1 at most one of them is significant.
 */
public enum Verdict {
    TOO_FEW,
    BETTER_THAN_CHANCE,
    AS_CHANCE,
    WORSE_SMALL,
    WORSE_MODERATE,
    WORSE_LARGE;

    /** The thresholds of conf's {@code spegel.verdict}. */
    public record Rule(long minN, double alphaWorse, double alphaBetter, double moderateExcess, double largeExcess) {
        public Rule {
            if (minN < 1
                    || !(alphaWorse > 0 && alphaBetter > 0 && alphaWorse + alphaBetter <= 1)
                    || !(moderateExcess >= 0 && moderateExcess <= largeExcess)) {
                throw new IllegalArgumentException("need min-n >= 1, alphas > 0 adding up to at most 1 and"
                        + " 0 <= moderate-excess <= large-excess, was " + minN + ", " + alphaWorse + ", " + alphaBetter
                        + ", " + moderateExcess + ", " + largeExcess);
            }
        }
    }

    /** @param excess D − E[D]; the p-values are ignored when n is below the minimum */
    public static Verdict of(long n, double excess, double pUpper, double pLower, Rule rule) {
        if (n < rule.minN()) {
            return TOO_FEW;
        }
        if (pUpper < rule.alphaWorse()) {
            return excess < rule.moderateExcess()
                    ? WORSE_SMALL
                    : excess < rule.largeExcess() ? WORSE_MODERATE : WORSE_LARGE;
        }
        return pLower < rule.alphaBetter() ? BETTER_THAN_CHANCE : AS_CHANCE;
    }

    /** The contract's spelling, e.g. {@code worse_moderate}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean worse() {
        return this == WORSE_SMALL || this == WORSE_MODERATE || this == WORSE_LARGE;
    }
}
