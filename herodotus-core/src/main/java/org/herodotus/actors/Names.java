package org.herodotus.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalisation of names and words for matching: lower case, no diacritics, no Arabic article
 * ({@code al-}, {@code el-}, a standalone {@code al}), no hyphens, apostrophes or dots. The same function
 * is applied to knowledge-base aliases and to text tokens, so both sides meet in the middle.
 */
public final class Names {

    private Names() {
    }

    /** The matching key of one token; empty when nothing of it is left (punctuation, a bare article). */
    public static String key(String token) {
        String s = Normalizer.normalize(token, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('`', '\'');
        if (s.length() > 3 && (s.startsWith("al-") || s.startsWith("el-") || s.startsWith("ad-")
                || s.startsWith("as-") || s.startsWith("ash-") || s.startsWith("an-"))) {
            s = s.substring(s.indexOf('-') + 1);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        String k = b.toString();
        return k.equals("al") || k.equals("el") ? "" : k;
    }

    /** Keys of a phrase split on white space; tokens that normalise to nothing are dropped. */
    public static List<String> keys(String phrase) {
        List<String> out = new ArrayList<>();
        for (String part : splitWords(phrase)) {
            String k = key(part);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** Splits a phrase as the tokenizer would, roughly: on white space, with a possessive 's apart. */
    static List<String> splitWords(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.trim().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) {
                out.add(w.substring(0, w.length() - 2));
                out.add("'s");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A consonant skeleton for transliteration-tolerant comparison: vowels and doubled letters go,
     * and letters often swapped in transliteration from Arabic or Turkish are merged
     * ({@code k/q/c}, {@code s/z}, {@code y/j}...).
     */
    public static String skeleton(String key) {
        StringBuilder b = new StringBuilder();
        char last = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ("aeiouyw".indexOf(c) >= 0 && i > 0) {
                continue;
            }
            char m = switch (c) {
                case 'q', 'c' -> 'k';
                case 'z' -> 's';
                case 'j' -> 'g';
                case 'v' -> 'f';
                case 'e', 'i', 'o', 'u', 'y', 'w' -> 'a';
                default -> c;
            };
            if (m != last) {
                b.append(m);
            }
            last = m;
        }
        return b.toString();
    }

    /** Levenshtein similarity in 0..1 (1 means equal). */
    public static double similarity(String a, String b) {
        int n = a.length();
        int m = b.length();
        if (n == 0 || m == 0) {
            return n == m ? 1 : 0;
        }
        int longest = Math.max(n, m);
        return 1.0 - (double) org.herodotus.internal.EditDistance.bounded(a, b, longest) / longest;
    }
}
