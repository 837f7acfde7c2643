package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.herodotus.model.Event;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class SpanScoreTest {

    //                                  0         1         2         3         4
    //                                  0123456789012345678901234567890123456789012345
    private static final String TEXT = "a Swiss court rejected the Croatian request .";

    private static Report score(List<Event> predicted) {
        GoldArticle a = new GoldArticle("sentence-1", null, TEXT, List.of(), null,
                new GoldSpans(List.of(new Span(0, 13)), List.of(new Span(23, 43))), "", null);
        return EventScorer.score(List.of(a), Map.of("sentence-1", predicted));
    }

    private static Event event(Span source, Span target) {
        return EvalFixtures.event(EvalFixtures.actor("CHE", source), EvalFixtures.actor("HRVGOV", target), "120",
                "", Factuality.ASSERTED, 0.9, null);
    }

    @Test
    void spansMatchOnlyWithExactOffsets() {
        Report r = score(List.of(event(new Span(2, 13), new Span(23, 43))));
        assertEquals(new Counts(0, 1, 1), r.spans().source());
        assertEquals(new Counts(1, 0, 0), r.spans().target());
        assertEquals(new Counts(1, 1, 1), r.spans().exact());
        assertEquals(new Counts(2, 0, 0), r.spans().overlap());
        assertNull(r.headline());
        List<String> lines = r.summaryLines();
        assertEquals("spans: P=0.500 R=0.500 F1=0.500", lines.get(lines.size() - 1));
    }

    @Test
    void anActorInSeveralEventsCountsOnce() {
        Report r = score(List.of(event(new Span(0, 13), new Span(23, 43)), event(new Span(0, 13), new Span(27, 35))));
        assertEquals(new Counts(1, 0, 0), r.spans().source());
        assertEquals(new Counts(1, 1, 0), r.spans().target());
    }
}
