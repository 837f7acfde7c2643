package org.herodotus.pipeline;

import org.herodotus.coding.CameoTable;
import org.herodotus.coding.EventCandidate;
import org.herodotus.model.Actor;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventAssemblerTest {

    private static final Actor GERMANY = new Actor(new Span(0, 7), "DEU", "DEU", List.of(), null, "Germany", 1.0, "name");
    private static final Actor RUSSIA = new Actor(new Span(16, 22), "RUS", "RUS", List.of(), null, "Russia", 1.0, "name");

    private static EventCandidate candidate(Actor target) {
        return new EventCandidate(0, 1, new Span(8, 15), CameoTable.builtIn().get("112").orElseThrow(), GERMANY,
                target, Factuality.ASSERTED, List.of(), null, "test", 0.8);
    }

    @Test
    void anEventWithoutATargetIsTrustedLessSinceFewSuchEventsAreRight() {
        double dyad = EventAssembler.confidence(candidate(RUSSIA));
        double alone = EventAssembler.confidence(candidate(null));
        assertEquals(0.8, dyad, 1e-9, "sure actors keep the strength of the evidence");
        assertEquals(0.48, alone, 1e-9);
        assertTrue(alone < 0.5 && dyad > 0.6, "they fall into different bands of the reliability table");
    }
}
