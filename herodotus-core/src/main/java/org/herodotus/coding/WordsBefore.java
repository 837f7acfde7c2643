package org.herodotus.coding;

import org.herodotus.model.Dependency;
import org.herodotus.model.Sentence;
import org.herodotus.model.Token;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words a pattern wants before its verb, as PETRARCH dictionaries write them ({@code - SAID WOULD *},
 * {@code - &NEGATVAUXVRB EVER * OVER EFFORTS}): each unit, in order, somewhere before the verb, with other
 * words allowed between units; the words of a several-word alternative ({@code "did n't"}) on adjacent
 * tokens. A token matches a word by its form or its lemma, case aside.
 * <p>
 * Only the verb's own clause is searched, not the whole sentence: the tokens before the verb in its
 * subtree (its subject, auxiliaries, adverbs, "not"), the verbs and nouns that govern it ("said" in
 * "said it would not attend", "refusal" in "refusal to bargain") and their auxiliaries and adverbs, but
 * not a clause it is joined to ("and") or set beside. So {@code - NOT *} is not met by a "not" in
 * another clause of the sentence.
 */
final class WordsBefore {

    private static final Set<String> GOVERNOR_WORDS = Set.of("aux", "aux:pass", "advmod", "cop");

    private WordsBefore() {
    }

    /**
     * The tokens that meet {@code units} before verb {@code v}, or null when they are not all there.
     * Each unit is matched as near the verb as it can be, the last unit first.
     */
    static Set<Integer> match(Sentence s, int v, List<Set<String>> units) {
        return units.isEmpty() ? new HashSet<>() : match(s, window(s, v), v, units);
    }

    /** The same, in the verb's {@link #window} found beforehand. */
    static Set<Integer> match(Sentence s, Set<Integer> window, int v, List<Set<String>> units) {
        Set<Integer> out = new HashSet<>();
        if (units.isEmpty()) {
            return out;
        }
        int limit = v;
        for (int u = units.size() - 1; u >= 0; u--) {
            int bestStart = -1;
            int bestLength = 0;
            for (String alternative : units.get(u)) {
                String[] words = alternative.split(" ");
                for (int start = limit - words.length; start > bestStart; start--) {
                    if (at(s, window, start, words)) {
                        bestStart = start;
                        bestLength = words.length;
                        break;
                    }
                }
            }
            if (bestStart < 0) {
                return null;
            }
            for (int i = bestStart; i < bestStart + bestLength; i++) {
                out.add(i);
            }
            limit = bestStart;
        }
        return out;
    }

    private static boolean at(Sentence s, Set<Integer> window, int start, String[] words) {
        if (start < 0) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            int i = start + k;
            if (!window.contains(i)) {
                return false;
            }
            Token t = s.token(i);
            if (!t.word().toLowerCase(Locale.ROOT).equals(words[k])
                    && !t.lemma().toLowerCase(Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The tokens before the verb in its clause: its subtree, its governors and their auxiliaries and adverbs. */
    static Set<Integer> window(Sentence s, int v) {
        Set<Integer> in = new HashSet<>();
        ReportedSpeech.subtree(s, v, in);
        Deque<Integer> up = new ArrayDeque<>();
        up.add(v);
        Set<Integer> seen = new HashSet<>(Set.of(v));
        while (!up.isEmpty()) {
            int t = up.poll();
            for (Dependency d : s.parents(t)) {
                int g = d.governor();
                String r = d.relation();
                if (g < 0 || r.equals("ref") || r.startsWith("conj") || r.equals("parataxis") || !seen.add(g)) {
                    continue;
                }
                in.add(g);
                for (Dependency c : s.children(g)) {
                    if (GOVERNOR_WORDS.contains(c.relation())) {
                        ReportedSpeech.subtree(s, c.dependent(), in);   // "unexpectedly now"
                    }
                }
                up.add(g);
            }
        }
        in.removeIf(i -> i >= v);
        return in;
    }
}
