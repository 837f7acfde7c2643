package org.herodotus.testkit;

import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Span;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks that every stage's output must satisfy, shared by the tests of all stages. */
public final class Invariants {

    private Invariants() {
    }

    public static void spanInside(Span span, String text, String what) {
        assertTrue(span.begin() >= 0 && span.end() <= text.length() && span.begin() <= span.end(),
                what + " " + span + " lies outside a text of length " + text.length());
    }

    /** Every offset of every event slices the article text, and no event pairs an actor with itself. */
    public static void eventsWellFormed(List<Event> events, String text) {
        for (Event e : events) {
            spanInside(e.evidence().sentence(), text, "sentence of " + e.id());
            spanInside(e.evidence().trigger(), text, "trigger of " + e.id());
            assertTrue(e.evidence().sentence().contains(e.evidence().trigger()), "trigger outside its sentence");
            actor(e.source(), text);
            if (e.target() != null) {
                actor(e.target(), text);
                assertFalse(e.source().sameParty(e.target()), "event pairs an actor with itself: " + e);
            }
            if (e.claimant() != null) {
                actor(e.claimant(), text);
            }
            if (e.location() != null) {
                spanInside(e.location().span(), text, "location of " + e.id());
            }
            assertTrue(e.confidence() > 0 && e.confidence() <= 1, "confidence out of range");
            assertEquals(e.cameo().code().substring(0, 2), e.cameo().root());
        }
    }

    private static void actor(Actor a, String text) {
        spanInside(a.span(), text, "actor " + a.code());
        assertFalse(a.span().of(text).isBlank(), "actor " + a.code() + " has blank text");
    }
}
