package org.herodotus.model;

import java.util.Objects;

/**
 * An actor found in a sentence, anchored at the head token of its noun phrase so that the event
 * coder can look it up from the parse.
 *
 * @param sentence 0-based sentence index
 * @param head     index in the sentence of the noun phrase's head token
 * @param actor    the resolved actor
 */
public record ActorMention(int sentence, int head, Actor actor) {

    public ActorMention {
        Objects.requireNonNull(actor, "actor");
    }
}
