package org.herodotus.dedup;

/**
 * Ids of merged events. An event's id is derived from the id of its first mention, so it is known the
 * moment the event starts and never changes as later mentions join it: {@code ev-1a2b...} (a coded
 * event, one report) gives {@code evt-1a2b...} (the real-world event it starts).
 */
public final class EventIds {

    private static final String MENTION_PREFIX = "ev-";
    private static final String EVENT_PREFIX = "evt-";

    private EventIds() {
    }

    /** The id of the event whose first mention has id {@code mentionId}. */
    public static String of(String mentionId) {
        return EVENT_PREFIX + (mentionId.startsWith(MENTION_PREFIX) ? mentionId.substring(MENTION_PREFIX.length())
                : mentionId);
    }
}
