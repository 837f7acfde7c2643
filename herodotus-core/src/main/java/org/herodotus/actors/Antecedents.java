package org.herodotus.actors;

import org.herodotus.model.Actor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * What third-person pronouns can refer to: people for "he" and "his", and for "it", "its", "they"
 * and "their" the countries, organisations and groups that were subjects of a clause ("Iraq said it
 * would allow ...").
 */
final class Antecedents {

    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers");
    static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their", "theirs");

    /** An actor mentioned before, for pronouns; {@code subject} when it was the subject of a clause. */
    private record Antecedent(Actor actor, boolean subject) {
    }

    private final Deque<Antecedent> persons = new ArrayDeque<>();
    private final Deque<Antecedent> groups = new ArrayDeque<>();
    private final Deque<Actor> recent = new ArrayDeque<>();

    void add(Actor a, boolean person, boolean subject) {
        recent.push(a);
        if (recent.size() > 200) {
            recent.removeLast();
        }
        if (!person && !subject) {
            return;
        }
        Deque<Antecedent> d = person ? persons : groups;
        d.push(new Antecedent(a, subject));
        if (d.size() > 20) {
            d.removeLast();
        }
    }

    /**
     * "The other party", "the other side": the opponent of whoever speaks, taken as the most recent
     * organised actor (one with a sector) of the speaker's country that is another party (in a civil
     * conflict, the other camp); none when there is no such actor.
     */
    Actor otherParty() {
        Actor speaker = of("he");
        if (speaker == null || speaker.country() == null) {
            return null;
        }
        for (Actor a : recent) {
            if (!a.sameParty(speaker) && !a.sectors().isEmpty()
                    && speaker.country().equals(a.country()) && !"metonym".equals(a.via())) {
                return a;
            }
        }
        return null;
    }

    /** The antecedent of a pronoun, or null when the pronoun is none we resolve. */
    Actor of(String pronoun) {
        String w = pronoun.toLowerCase(java.util.Locale.ROOT);
        Deque<Antecedent> d = PERSON_PRONOUNS.contains(w) ? persons : GROUP_PRONOUNS.contains(w) ? groups : null;
        if (d == null) {
            return null;
        }
        for (Antecedent a : d) {
            if (a.subject) {
                return a.actor;
            }
        }
        return d.isEmpty() ? null : d.peek().actor;
    }
}
