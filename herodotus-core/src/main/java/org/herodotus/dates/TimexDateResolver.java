package org.herodotus.dates;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Dependency;
import org.herodotus.model.EventDate;
import org.herodotus.model.Precision;
import org.herodotus.model.Sentence;
import org.herodotus.model.TimeMention;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates an event by the time expressions of its sentence: first one inside the phrase that expresses
 * the event ("the attack launched ... in April 2019"), then one attached to a clause above it
 * ("Last June, the forces regained ..."). Without one, the publication date stands in, and the date
 * says so with {@code source = publication}.
 */
final class TimexDateResolver implements DateResolver {

    @Override
    public EventDate resolve(AnnotatedArticle doc, int sentence, int anchor) {
        Sentence s = doc.sentence(sentence);
        List<TimeMention> times = doc.times().stream().filter(t -> t.sentence() == sentence).toList();
        LocalDate published = doc.article().published();
        if (!times.isEmpty()) {
            Optional<EventDate> inside = first(doc, s, times, subtree(s, anchor), published);
            if (inside.isPresent()) {
                return inside.get();
            }
            Set<Integer> above = new HashSet<>();
            for (int v = governor(s, anchor); v >= 0; v = governor(s, v)) {
                for (Dependency d : s.children(v)) {
                    if (d.baseRelation().equals("obl") || d.relation().equals("advmod")) {
                        above.add(d.dependent());
                    }
                }
            }
            Optional<EventDate> outer = first(doc, s, times, above, published);
            if (outer.isPresent()) {
                return outer.get();
            }
        }
        if (published == null) {
            return EventDate.UNKNOWN;
        }
        return new EventDate(published.toString(), Precision.DAY, "publication", null);
    }

    private static Optional<EventDate> first(AnnotatedArticle doc, Sentence s, List<TimeMention> times,
                                             Set<Integer> tokens, LocalDate published) {
        for (TimeMention t : times) {
            if (!"DATE".equals(t.type())) {
                continue;
            }
            for (int i : tokens) {
                if (t.span().contains(s.token(i).span())) {
                    Optional<EventDate> d = TimexValues.read(doc.text(t.span()), t.value(), published, t.span());
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The first governor through a basic relation, or -1. */
    private static int governor(Sentence s, int token) {
        for (Dependency d : s.parents(token)) {
            if (d.governor() >= 0 && !d.relation().startsWith("conj") && !d.relation().equals("ref")) {
                return d.governor();
            }
        }
        return -1;
    }

    private static Set<Integer> subtree(Sentence s, int root) {
        Set<Integer> out = new HashSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.add(root);
        while (!todo.isEmpty()) {
            int t = todo.poll();
            if (!out.add(t)) {
                continue;
            }
            for (Dependency d : s.children(t)) {
                String r = d.relation();
                if (!r.startsWith("conj") && !r.equals("ccomp") && !r.startsWith("advcl") && !r.equals("parataxis")
                        && !r.equals("ref")) {
                    todo.add(d.dependent());
                }
            }
        }
        return out;
    }
}
