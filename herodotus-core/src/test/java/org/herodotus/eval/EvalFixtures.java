package org.herodotus.eval;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.herodotus.model.Actor;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Event;
import org.herodotus.model.EventDate;
import org.herodotus.model.Evidence;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;

/** Hand-built events for the scoring tests. */
final class EvalFixtures {

    private static final AtomicInteger IDS = new AtomicInteger();

    private EvalFixtures() {
    }

    static Actor actor(String code) {
        return actor(code, new Span(0, 0));
    }

    static Actor actor(String code, Span span) {
        String country = ActorCodes.country(code);
        return new Actor(span, code, country.isEmpty() ? null : country, List.of(), null, code, 1.0, "name");
    }

    static CameoCode cameo(String code, String ploverType) {
        int root = Integer.parseInt(code.substring(0, 2));
        int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        return new CameoCode(code, 0.0, quad, ploverType, "", List.of(), "test code " + code);
    }

    /** An asserted event with confidence 0.9 and no target when {@code target} is empty. */
    static Event event(String source, String target, String code) {
        return event(source, target, code, "", Factuality.ASSERTED, 0.9);
    }

    static Event plover(String source, String target, String code, String ploverType) {
        return event(source, target, code, ploverType, Factuality.ASSERTED, 0.9);
    }

    static Event event(String source, String target, String code, String ploverType, Factuality factuality,
                       double confidence) {
        return event(actor(source), target.isEmpty() ? null : actor(target), code, ploverType, factuality,
                confidence, null);
    }

    static Event event(Actor source, Actor target, String code, String ploverType, Factuality factuality,
                       double confidence, Evidence evidence) {
        Actor claimant = factuality == Factuality.CLAIMED ? actor("IGOUNO") : null;
        return new Event("e" + IDS.incrementAndGet(), "a", 0, source, target, cameo(code, ploverType), factuality,
                List.of(), claimant, EventDate.UNKNOWN, null, evidence, confidence, "test");
    }
}
