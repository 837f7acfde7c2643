package org.herodotus.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Places mentions into events, one at a time and in the order given: a mention joins the best-matching
 * event it may belong to (see {@link MergeRule}), or starts a new one. Known events are given first with
 * {@link #addEvent}, so that a later run continues the clustering of an earlier one and keeps its ids.
 * The result depends only on the order of the mentions, not on how they were split into batches.
 *
 * <p>Not thread-safe.
 */
public final class Clusterer {

    private final MergeRule rule;
    private final Map<String, List<Cluster>> byRoot = new HashMap<>();
    private final Map<String, Cluster> byId = new LinkedHashMap<>();

    public Clusterer(MergeRule rule) {
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    /** An event and its mentions so far. */
    public record Cluster(String id, List<Mention> members) {
    }

    /**
     * Adds an event already stored, with its mentions in the order they were placed. Events must be
     * added in the order they started, so that ties go to the older one.
     */
    public void addEvent(String eventId, List<Mention> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("dedup: event " + eventId + " has no mentions");
        }
        Cluster c = new Cluster(eventId, new ArrayList<>(members));
        if (byId.putIfAbsent(eventId, c) != null) {
            throw new IllegalArgumentException("dedup: event " + eventId + " was added twice");
        }
        byRoot.computeIfAbsent(members.get(0).root(), r -> new ArrayList<>()).add(c);
    }

    /** Places one mention and returns the id of its event (new or existing). */
    public String place(Mention m) {
        Cluster best = null;
        double bestScore = -1;
        for (Cluster c : byRoot.getOrDefault(m.root(), List.of())) {
            double score = score(m, c);
            if (score >= rule.threshold() && score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        if (best == null) {
            best = new Cluster(EventIds.of(m.id()), new ArrayList<>());
            if (byId.putIfAbsent(best.id(), best) != null) {
                throw new IllegalArgumentException("dedup: mention " + m.id() + " was placed twice");
            }
            byRoot.computeIfAbsent(m.root(), r -> new ArrayList<>()).add(best);
        }
        best.members().add(m);
        return best.id();
    }

    /** The events in the order they started. */
    public List<Cluster> events() {
        return List.copyOf(byId.values());
    }

    /** The best similarity to a member, or -1 when the mention may not join every member. */
    private double score(Mention m, Cluster c) {
        double best = -1;
        for (Mention other : c.members()) {
            if (!rule.compatible(m, other)) {
                return -1;
            }
            best = Math.max(best, rule.similarity(m, other));
        }
        return best;
    }
}
