package se.spegel.reports.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LIX, the Swedish readability index (Björnsson, C. H. 1968, Läsbarhet, Stockholm: Liber): words per
 * sentence plus the percentage of long words, LIX = words / sentences + 100 · long words / words, where a
 * word is a run of letters (numbers such as "14 %" are not words) and a long word has more than six
 * letters. A sentence ends at . ! ? or : followed by a space or the end of the text (so "0.74" does not
 * end one). Below 30 is very easy, 30–40 easy (newspaper news), above 50 difficult (official texts).
 */
final class Lix {

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’\\-]\\p{L}+)*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(?=\\s|$)");

    private Lix() {}

    record Count(int words, int longWords, int sentences) {
        double lix() {
            if (words == 0) {
                return 0;
            }
            return (double) words / Math.max(1, sentences) + 100.0 * longWords / words;
        }
    }

    static Count count(String text) {
        int words = 0;
        int longWords = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            if (word.group().codePoints().filter(Character::isLetter).count() > 6) {
                longWords++;
            }
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(text.strip());
        while (end.find()) {
            sentences++;
        }
        return new Count(words, longWords, sentences);
    }

    static double of(String text) {
        return count(text).lix();
    }
}
