package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.model.ActorMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The actors of one article, looked up by the head token of a noun phrase. A head can stand for
 * several actors ("the Turkish and Qatari ministers"): one event is coded per dyad.
 */
public final class ResolvedActors {

    private final Map<Long, List<Actor>> byHead;
    private final List<ActorMention> mentions;

    public ResolvedActors(Map<Long, List<Actor>> byHead, List<ActorMention> mentions) {
        this.byHead = Map.copyOf(byHead);
        List<ActorMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(ActorMention::sentence).thenComparing(m -> m.actor().span()));
        this.mentions = List.copyOf(sorted);
    }

    static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    /** Actors whose noun phrase has its head at this token; empty when none. */
    public List<Actor> at(int sentence, int token) {
        return byHead.getOrDefault(key(sentence, token), List.of());
    }

    /**
     * Whether the span lies inside the name of a knowledge-base entity found in the sentence ("Accord"
     * in "Government of National Accord"), so that it is not read as a word of its own.
     */
    public boolean insideName(int sentence, org.herodotus.model.Span span) {
        for (Map.Entry<Long, List<Actor>> e : byHead.entrySet()) {
            if ((int) (e.getKey() >>> 32) != sentence) {
                continue;
            }
            for (Actor a : e.getValue()) {
                if (a.kbId() != null && !"pronoun".equals(a.via()) && a.span().contains(span)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The maximal actor mentions of the article in text order (modifiers inside them left out). */
    public List<ActorMention> mentions() {
        return mentions;
    }

    public static ResolvedActors of(List<ActorMention> mentions) {
        Map<Long, List<Actor>> map = new HashMap<>();
        for (ActorMention m : mentions) {
            map.computeIfAbsent(key(m.sentence(), m.head()), k -> new ArrayList<>()).add(m.actor());
        }
        return new ResolvedActors(map, mentions);
    }
}
