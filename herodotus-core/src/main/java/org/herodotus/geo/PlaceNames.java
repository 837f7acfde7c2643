package org.herodotus.geo;

import java.text.Normalizer;

/**
 * How place names are compared: a lookup key that ignores case, diacritics, punctuation, spacing and
 * Arabic articles, and a coarser consonant skeleton for transliteration variants.
 *
 * <p>{@code tools/geo/build_gazetteer.py} deduplicates alternate names with a Python copy of {@link #key};
 * the two need not agree exactly (a disagreement only keeps a redundant name).
 */
final class PlaceNames {

    /** Folded forms of the Latin letters outside ASCII (U+0080..U+024F and U+1E00..U+1EFF). */
    private static final String[] FOLD = new String[0x2000];

    static {
        for (char c = 0x80; c < 0x2000; c++) {
            if (c > 0x24F && c < 0x1E00) {
                continue;
            }
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
            StringBuilder ascii = new StringBuilder();
            for (int i = 0; i < decomposed.length(); i++) {
                char d = decomposed.charAt(i);
                if (d < 0x80 && Character.isLetterOrDigit(d)) {
                    ascii.append(Character.toLowerCase(d));
                }
            }
            FOLD[c] = ascii.toString();
        }
        String[][] special = {
            {"ß", "ss"}, {"æ", "ae"}, {"Æ", "ae"}, {"œ", "oe"}, {"Œ", "oe"}, {"ø", "o"}, {"Ø", "o"}, {"đ", "d"},
            {"Đ", "d"}, {"ð", "d"}, {"Ð", "d"}, {"þ", "th"}, {"Þ", "th"}, {"ł", "l"}, {"Ł", "l"}, {"ı", "i"},
            {"ħ", "h"}, {"Ħ", "h"}, {"ŧ", "t"}, {"Ŧ", "t"}, {"ŋ", "n"}, {"Ŋ", "n"}, {"ĸ", "k"}, {"ə", "e"},
            {"Ə", "e"}, {"ɨ", "i"}};
        for (String[] s : special) {
            FOLD[s[0].charAt(0)] = s[1];
        }
    }

    private PlaceNames() {
    }

    /**
     * The lookup key of a name: lower-case ASCII letters and digits only, diacritics folded
     * ({@code Mişrātah -> misratah}), apostrophes dropped ({@code Ta'izz -> taizz}), spaces and hyphens
     * dropped, and without a leading "the", the Arabic article "al"/"el" before a word, or an assimilated
     * article ({@code ash-Shaddadi -> shaddadi}). Empty when nothing is left.
     */
    static String key(CharSequence name) {
        return key(name, 0, name.length());
    }

    /** The key of {@code name.subSequence(from, to)}, without copying it. */
    static String key(CharSequence name, int from, int to) {
        String simple = simpleKey(name, from, to);
        if (simple != null) {
            return simple;
        }
        StringBuilder folded = fold(name, from, to);
        StringBuilder key = new StringBuilder(folded.length());
        int n = folded.length();
        int start = 0;
        while (start < n) {
            int end = folded.indexOf(" ", start);
            if (end < 0) {
                end = n;
            }
            int next = end + 1;
            if (next >= n || !isArticle(folded, start, end, next, start == 0)) {
                key.append(folded, start, end);
            }
            start = next;
        }
        return key.toString();
    }

    /** The key of a name of ASCII letters and digits alone (most names), or null for any other name. */
    private static String simpleKey(CharSequence name, int from, int to) {
        char[] key = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key[i - from] = c;
            } else if (c >= 'A' && c <= 'Z') {
                key[i - from] = (char) (c + ('a' - 'A'));
            } else {
                return null;
            }
        }
        return new String(key);
    }

    /** Whether the token {@code [start, end)} is an article before the token starting at {@code next}. */
    private static boolean isArticle(StringBuilder s, int start, int end, int next, boolean first) {
        int length = end - start;
        char a = s.charAt(start);
        if (length == 2) {
            char b = s.charAt(start + 1);
            if ((a == 'a' || a == 'e') && b == 'l') {
                return true;
            }
            return a == 'a' && "dnrstz".indexOf(b) >= 0 && s.charAt(next) == b;
        }
        if (length == 3) {
            char b = s.charAt(start + 1);
            char c = s.charAt(start + 2);
            if (first && a == 't' && b == 'h' && c == 'e') {
                return true;
            }
            return a == 'a' && c == 'h' && "std".indexOf(b) >= 0 && next + 1 < s.length()
                    && s.charAt(next) == b && s.charAt(next + 1) == 'h';
        }
        return false;
    }

    /** Lower-case ASCII letters and digits, tokens separated by one space, no space at either end. */
    private static StringBuilder fold(CharSequence name, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 4);
        for (int i = from; i < to; i++) {
            char c = name.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                } else if (c != '\'' && c != '`') {
                    separate(out);
                }
            } else if (c < FOLD.length && FOLD[c] != null && !FOLD[c].isEmpty()) {
                out.append(FOLD[c]);
            } else if (!isApostrophe(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
                separate(out);
            }
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        return out;
    }

    private static void separate(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '’' || c == '‘' || c == '´' || c == 'ʼ' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ' || c == '′';
    }

    /**
     * The consonant skeleton of a key, which transliterations of one name tend to share: vowels, y, w and h
     * dropped, q and c read as k, z as s, ph as f, doubled letters merged
     * ({@code jufrah, jafra -> jfr}; {@code misurata, misratah -> msrt}; {@code benghazi, banghazi -> bngs}).
     */
    static String skeleton(String key) {
        StringBuilder s = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == 'p' && i + 1 < key.length() && key.charAt(i + 1) == 'h') {
                c = 'f';
                i++;
            }
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y', 'w', 'h':
                    continue;
                case 'q', 'c':
                    c = 'k';
                    break;
                case 'z':
                    c = 's';
                    break;
                default:
                    break;
            }
            if (s.length() == 0 || s.charAt(s.length() - 1) != c) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Levenshtein distance of two keys, or {@code limit + 1} as soon as it must exceed {@code limit}. */
    static int distance(CharSequence a, CharSequence b, int limit) {
        return org.herodotus.internal.EditDistance.bounded(a, b, limit);
    }
}
