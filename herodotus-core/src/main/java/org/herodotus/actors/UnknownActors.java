package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.EntityMention;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects the person and organisation names that no knowledge-base entry codes, across articles, so
 * that the knowledge base can be curated: how often each occurs, a few example sentences, and the code
 * that the words around it suggest ("Turkish Chief of Staff X" suggests TURMIL). Thread-safe.
 */
public final class UnknownActors {

    private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION");
    private static final int EXAMPLES = 3;

    /** One unknown name with its counts. */
    public record Entry(String name, String type, int count, Map<String, Integer> suggestions, List<String> examples) {

        /** The most frequent suggested code, or {@code ---}. */
        public String suggestion() {
            return suggestions.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("---");
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();

    /** Adds the unknown names of one article. */
    public synchronized void add(AnnotatedArticle doc, ResolvedActors actors) {
        for (EntityMention m : doc.entities()) {
            if (!TYPES.contains(m.type())) {
                continue;
            }
            Sentence s = doc.sentence(m.sentence());
            boolean known = false;
            String suggestion = null;
            for (int i = 0; i < s.size() && !known; i++) {
                for (Actor a : actors.at(s.index(), i)) {
                    if (a.span().overlaps(m.span()) || m.span().contains(s.token(i).span())) {
                        known |= a.kbId() != null;
                        suggestion = a.code();
                    }
                }
            }
            if (known || s.tokenAt(m.span().begin()) >= 0 && s.token(s.tokenAt(m.span().begin())).isPronoun()) {
                continue;
            }
            String name = doc.text(m.span()).replaceAll("\\s+", " ");
            String key = String.join(" ", Names.keys(name));
            if (key.isEmpty()) {
                continue;
            }
            Entry old = entries.get(key);
            Map<String, Integer> sugg = old == null ? new LinkedHashMap<>() : new LinkedHashMap<>(old.suggestions);
            if (suggestion != null) {
                sugg.merge(suggestion, 1, Integer::sum);
            }
            List<String> ex = old == null ? new ArrayList<>() : new ArrayList<>(old.examples);
            if (ex.size() < EXAMPLES) {
                ex.add(doc.article().id() + ": " + doc.text(s.span()).replaceAll("\\s+", " "));
            }
            entries.put(key, new Entry(old == null ? name : old.name, m.type(), old == null ? 1 : old.count + 1, sugg, ex));
        }
    }

    /** The names seen at least {@code minCount} times, most frequent first. */
    public synchronized List<Entry> frequent(int minCount) {
        return entries.values().stream().filter(e -> e.count >= minCount)
                .sorted(Comparator.comparingInt(Entry::count).reversed().thenComparing(Entry::name)).toList();
    }
}
