package org.herodotus.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * A cheap test of whether a text is English: the share of its words that are very common English
 * function words. English news prose scores 0.2-0.5 (lowest when dense with names); French, Spanish
 * and Arabic score under 0.05, German and Dutch, which share "in", "was", "over" with English, under
 * 0.1. {@link #MIN_SHARE} errs towards English: a foreign article let through merely yields no events,
 * an English one turned away is lost. Texts shorter than {@link #MIN_WORDS} words (headlines, captions)
 * are not judged.
 *
 * <p>Words are runs of letters; each Han, kana or Hangul character counts as a word of its own, since
 * those scripts do not separate words by spaces.
 */
final class LanguageCheck {

    static final int MIN_WORDS = 20;
    static final double MIN_SHARE = 0.12;
    /** Enough words for a confident verdict; a long article's first ones are as telling as the rest. */
    static final int MAX_WORDS = 1000;

    /**
     * Closed-class words and reporting verbs frequent in English news. Words that are just as frequent
     * in other European languages are left out on purpose ("die", "de", "la", "en", "se", "no").
     */
    private static final Set<String> COMMON = Set.of(
            "the", "of", "and", "to", "in", "a", "an", "is", "are", "was", "were", "be", "been", "being",
            "that", "this", "these", "those", "it", "its", "for", "on", "with", "as", "at", "by", "from",
            "he", "she", "they", "we", "his", "her", "their", "our", "them", "him", "who", "which", "what",
            "said", "says", "has", "have", "had", "not", "but", "or", "will", "would", "could", "should",
            "after", "over", "about", "than", "also", "into", "there", "more", "up", "out", "when",
            "all", "can", "one", "two", "if", "new", "other", "some", "such", "against", "between",
            "told", "while", "during", "since", "before", "because", "where", "how", "did", "does", "do",
            "may", "only", "many", "most", "any", "until", "through", "under", "without", "you", "my");

    private static final int LONGEST_COMMON = COMMON.stream().mapToInt(String::length).max().orElse(0);

    /** How many words a text has and how many of them are common English words. */
    record Verdict(int words, int commonWords) {
        boolean judged() {
            return words >= MIN_WORDS;
        }

        double share() {
            return words == 0 ? 0 : commonWords / (double) words;
        }

        /** True for English texts and for texts too short to judge. */
        boolean english() {
            return !judged() || share() >= MIN_SHARE;
        }
    }

    private LanguageCheck() {
    }

    /** Judges the first {@link #MAX_WORDS} words of {@code text}. */
    static Verdict judge(String text) {
        int words = 0;
        int common = 0;
        int i = 0;
        while (i < text.length() && words < MAX_WORDS) {
            int cp = text.codePointAt(i);
            if (isLogographic(cp)) {
                words++;
                i += Character.charCount(cp);
            } else if (Character.isLetter(cp)) {
                int start = i;
                do {
                    i += Character.charCount(cp);
                    cp = i < text.length() ? text.codePointAt(i) : ' ';
                } while (Character.isLetter(cp) && !isLogographic(cp));
                words++;
                if (i - start <= LONGEST_COMMON && COMMON.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
                    common++;
                }
            } else {
                i += Character.charCount(cp);
            }
        }
        return new Verdict(words, common);
    }

    private static boolean isLogographic(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
