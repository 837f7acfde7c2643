package org.herodotus.pipeline;

import org.herodotus.actors.Names;
import org.herodotus.actors.PetrarchActors;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Event;
import org.herodotus.model.Sentence;
import org.herodotus.model.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * PETRARCH discards: a sentence that contains a discard phrase ("soccer", "film festival") gives no
 * events; a story discard removes every event of the article.
 */
final class Discards {

    private final List<List<String>> sentencePhrases = new ArrayList<>();
    private final List<List<String>> storyPhrases = new ArrayList<>();

    Discards(List<PetrarchActors.Discard> discards) {
        for (PetrarchActors.Discard d : discards) {
            List<String> keys = Names.keys(d.phrase().replace('_', ' '));
            if (!keys.isEmpty()) {
                (d.story() ? storyPhrases : sentencePhrases).add(keys);
            }
        }
    }

    static Discards none() {
        return new Discards(List.of());
    }

    List<Event> filter(AnnotatedArticle doc, List<Event> events) {
        if (events.isEmpty() || sentencePhrases.isEmpty() && storyPhrases.isEmpty()) {
            return events;
        }
        Set<Integer> discarded = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            List<String> words = new ArrayList<>();
            for (Token t : s.tokens()) {
                words.add(Names.key(t.word()));
            }
            if (containsAny(words, storyPhrases)) {
                return List.of();
            }
            if (containsAny(words, sentencePhrases)) {
                discarded.add(s.index());
            }
        }
        return events.stream().filter(e -> !discarded.contains(e.sentence())).toList();
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= words.size(); i++) {
                if (words.subList(i, i + p.size()).equals(p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
