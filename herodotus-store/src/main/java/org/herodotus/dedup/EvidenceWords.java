package org.herodotus.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The content words of an evidence sentence, and how alike two sentences are by them.
 *
 * <p>Words are runs of letters and digits, lower-cased; stop words ({@code dedup/stopwords.txt}) and
 * one-letter words are dropped, and a plural {@code -s}/{@code -ies} is taken off so that "sanctions" meets
 * "sanction". Similarity is the cosine of the two word sets, |A ∩ B| / sqrt(|A| |B|): it needs no corpus
 * statistics, so a pair's similarity never changes as the database grows and merging stays reproducible.
 */
public final class EvidenceWords {

    static final String STOP_WORDS_FILE = "dedup/stopwords.txt";

    private static final Set<String> STOP = load();

    private EvidenceWords() {
    }

    /** The content words of {@code text}. */
    public static Set<String> of(String text) {
        Set<String> words = new HashSet<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            String w = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (w.length() > 1 && !STOP.contains(w)) {
                words.add(singular(w));
            }
        }
        return words;
    }

    /** The cosine of two word sets; 0 when either is empty. */
    public static double cosine(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String w : small) {
            if (large.contains(w)) {
                shared++;
            }
        }
        return shared / Math.sqrt((double) a.size() * b.size());
    }

    static boolean isStopWord(String w) {
        return STOP.contains(w);
    }

    private static String singular(String w) {
        if (w.length() > 4 && w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static Set<String> load() {
        InputStream in = EvidenceWords.class.getClassLoader().getResourceAsStream(STOP_WORDS_FILE);
        if (in == null) {
            throw new IllegalStateException("dedup: " + STOP_WORDS_FILE + " is missing from the class path; "
                    + "rebuild herodotus-store");
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("dedup: cannot read " + STOP_WORDS_FILE, e);
        }
        return Set.copyOf(words);
    }
}
