package org.herodotus.eval;

import static org.herodotus.eval.EvalFixtures.event;
import static org.herodotus.eval.EvalFixtures.plover;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.herodotus.model.Event;
import org.herodotus.model.Evidence;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static final String TEXT = "Libya's government met Turkish officials.";

    private static Report score(List<GoldEvent> gold, List<Event> predicted) {
        return EventScorer.score(List.of(GoldArticle.of("a", null, TEXT, gold)), Map.of("a", predicted));
    }

    private static Counts counts(Report r, Level level) {
        return r.level(level).counts();
    }

    @Test
    void rootMatchIgnoresSubcodesAndSectors() {
        Report r = score(List.of(GoldEvent.cameo("LBYGOV", "TURGOV", "040")),
                List.of(event("LBYMIL", "TUR", "042")));
        assertEquals(new Counts(1, 0, 0), counts(r, Level.ROOT));
        assertEquals(new Counts(0, 1, 1), counts(r, Level.STRICT));
    }

    @Test
    void rootNeedsTheSameCountriesInTheSameRoles() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042")), List.of(event("CHN", "USA", "042")));
        assertEquals(new Counts(0, 1, 1), counts(r, Level.ROOT));
    }

    @Test
    void rootNeedsTheSameRoot() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042")), List.of(event("USA", "CHN", "111")));
        assertEquals(new Counts(0, 1, 1), counts(r, Level.ROOT));
    }

    @Test
    void strictNeedsEachGoldCodeAsPrefixAndTheFullCameoCode() {
        GoldEvent gold = GoldEvent.cameo("USA", "CHN", "042");
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(event("USAGOV", "CHNGOV", "042"))),
                Level.STRICT));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(gold), List.of(event("USA", "CHN", "043"))),
                Level.STRICT));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(GoldEvent.cameo("USAGOV", "CHN", "042")),
                List.of(event("USA", "CHN", "042"))), Level.STRICT));
    }

    @Test
    void strictReadsPetrarchDashesAsNoCountry() {
        GoldEvent gold = GoldEvent.cameo("---REB", "SYR", "190");
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(event("REB", "SYR", "190"))),
                Level.STRICT));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(gold), List.of(event("SYRREB", "SYR", "190"))),
                Level.STRICT));
    }

    @Test
    void emptyGoldTargetWantsAnEventWithoutTargetCountry() {
        GoldEvent gold = GoldEvent.cameo("USA", "", "010");
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(event("USAGOV", "", "010"))),
                Level.ROOT));
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(event("USAGOV", "", "010"))),
                Level.STRICT));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(gold), List.of(event("USA", "CHN", "010"))),
                Level.ROOT));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(gold), List.of(event("USA", "IGOUNO", "010"))),
                Level.STRICT));
    }

    @Test
    void internationalActorsHaveNoCountry() {
        Report r = score(List.of(GoldEvent.cameo("IGOUNO", "SYR", "080")), List.of(event("NGO", "SYRGOV", "081")));
        assertEquals(new Counts(1, 0, 0), counts(r, Level.ROOT));
    }

    @Test
    void ploverOldNamesCountAsTheirSuccessors() {
        Map<String, String> successors = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
                "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT");
        successors.forEach((old, current) -> {
            Report r = score(List.of(GoldEvent.plover("USA", "IRQ", old)),
                    List.of(plover("USAGOV", "IRQ", "100", current)));
            assertEquals(new Counts(1, 0, 0), counts(r, Level.PLOVER), old);
        });
        Report wrong = score(List.of(GoldEvent.plover("USA", "IRQ", "DEMAND")),
                List.of(plover("USA", "IRQ", "100", "ACCUSE")));
        assertEquals(new Counts(0, 1, 1), counts(wrong, Level.PLOVER));
    }

    @Test
    void ploverEmptyGoldTargetAcceptsAnyTarget() {
        GoldEvent gold = GoldEvent.plover("ISR", "", "AGREE");
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(plover("ISR", "PSE", "030", "AGREE"))),
                Level.PLOVER));
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(gold), List.of(plover("ISR", "", "030", "AGREE"))),
                Level.PLOVER));
        assertEquals(new Counts(0, 1, 1), counts(score(List.of(GoldEvent.plover("ISR", "PSE", "AGREE")),
                List.of(plover("ISR", "", "030", "AGREE"))), Level.PLOVER));
    }

    @Test
    void ploverGoldIsScoredOnlyAtThePloverLevel() {
        Report r = score(List.of(GoldEvent.plover("ISR", "PSE", "AGREE")), List.of(plover("ISR", "PSE", "030", "AGREE")));
        assertEquals(Level.PLOVER, r.headline());
        assertNull(r.level(Level.ROOT));
        assertEquals(1, r.levels().size());
    }

    @Test
    void goldEventWithoutPloverTypeIsOptionalAtThePloverLevelAndMatchedOnItsDyad() {
        List<GoldEvent> gold = List.of(GoldEvent.plover("ISR", "PSE", "AGREE"), GoldEvent.cameo("USA", "CHN", "042"));
        Report same = score(gold, List.of(plover("USA", "CHN", "042", "CONSULT")));
        assertEquals(new Counts(0, 0, 1), counts(same, Level.PLOVER));
        assertEquals(new Counts(1, 0, 0), counts(same, Level.ROOT), "the PLOVER-only event is optional at root");
        Report other = score(gold, List.of(plover("USA", "RUS", "042", "CONSULT")));
        assertEquals(new Counts(0, 1, 1), counts(other, Level.PLOVER));
    }

    @Test
    void optionalGoldEventIsNeitherHitNorMiss() {
        GoldEvent required = GoldEvent.cameo("USA", "CHN", "042");
        GoldEvent optional = GoldEvent.cameo("CHN", "USA", "043").asOptional();
        assertEquals(new Counts(0, 0, 1), counts(score(List.of(required, optional),
                List.of(event("CHN", "USA", "043"))), Level.ROOT));
        assertEquals(new Counts(1, 0, 0), counts(score(List.of(required, optional),
                List.of(event("USA", "CHN", "042"), event("CHN", "USA", "043"))), Level.ROOT));
        assertEquals(new Counts(0, 0, 1), counts(score(List.of(required, optional), List.of()), Level.ROOT));
    }

    @Test
    void requiredGoldIsServedBeforeOptionalGold() {
        GoldEvent optional = GoldEvent.cameo("USA", "CHN", "042").asOptional();
        GoldEvent required = GoldEvent.cameo("USA", "CHN", "040");
        Report r = score(List.of(optional, required), List.of(event("USA", "CHN", "043")));
        assertEquals(new Counts(1, 0, 0), counts(r, Level.ROOT));
    }

    @Test
    void negatedAndClaimedEventsAreLeftOutAndTabledApart() {
        GoldEvent gold = GoldEvent.cameo("USAGOV", "ISR", "121");
        Report r = score(List.of(gold), List.of(
                event("USAGOV", "ISR", "121", "", Factuality.NEGATED, 0.9),
                event("RUS", "ISR", "111", "", Factuality.CLAIMED, 0.9)));
        assertEquals(new Counts(0, 0, 1), counts(r, Level.ROOT));
        assertEquals(List.of(new Report.FactualityRow("negated", 1, 1), new Report.FactualityRow("claimed", 1, 0)),
                r.leftOut());
        assertEquals(2, r.totals().leftOutEvents());
        assertTrue(r.extras().isEmpty());
        assertTrue(r.summaryLines().contains("left out: negated 1 (1 matching gold), claimed 1 (0 matching gold)"),
                r.summaryLines().toString());
    }

    @Test
    void futureAndHypotheticalEventsAreScored() {
        GoldEvent gold = GoldEvent.cameo("USA", "ISR", "072");
        Report r = score(List.of(gold), List.of(event("USA", "ISR", "072", "", Factuality.FUTURE, 0.9)));
        assertEquals(new Counts(1, 0, 0), counts(r, Level.ROOT));
    }

    @Test
    void onePredictedEventMatchesAtMostOneGoldEvent() {
        assertEquals(new Counts(1, 1, 0), counts(score(List.of(GoldEvent.cameo("USA", "CHN", "042")),
                List.of(event("USA", "CHN", "042"), event("USA", "CHN", "042"))), Level.ROOT));
        assertEquals(new Counts(1, 0, 1), counts(score(List.of(GoldEvent.cameo("USA", "CHN", "042"),
                GoldEvent.cameo("USA", "CHN", "042")), List.of(event("USA", "CHN", "042"))), Level.ROOT));
    }

    @Test
    void matchingIsMaximumWhereGreedyPairingWouldLoseAHit() {
        // the first predicted event fits both gold events; greedy would give it to the first and strand the second
        Report r = score(List.of(GoldEvent.plover("USA", "", "CONSULT"), GoldEvent.plover("USA", "CHN", "CONSULT")),
                List.of(plover("USA", "CHN", "040", "CONSULT"), plover("USA", "RUS", "040", "CONSULT")));
        assertEquals(new Counts(2, 0, 0), counts(r, Level.PLOVER));
    }

    @Test
    void tablesBreakCountsDownByCodeAndCategory() {
        GoldArticle a = new GoldArticle("a", null, TEXT, List.of(GoldEvent.cameo("USA", "CHN", "042"),
                GoldEvent.cameo("USA", "RUS", "111")), null, null, "VERB", null);
        Report r = EventScorer.score(List.of(a), Map.of("a", List.of(event("USA", "CHN", "043"),
                event("USA", "IRN", "190"))));
        Report.LevelScore root = r.level(Level.ROOT);
        assertEquals(new Counts(1, 0, 0), root.byCode().get("04"));
        assertEquals(new Counts(0, 0, 1), root.byCode().get("11"));
        assertEquals(new Counts(0, 1, 0), root.byCode().get("19"));
        assertEquals(new Counts(1, 1, 1), root.byCategory().get("VERB"));
        assertEquals(new Counts(0, 0, 1), r.level(Level.STRICT).byCode().get("042"));
        assertEquals(new Counts(0, 1, 0), r.level(Level.STRICT).byCode().get("043"));
    }

    @Test
    void confusionTableCountsRootsOfPairsMatchedOnCountries() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042"), GoldEvent.cameo("RUS", "UKR", "190")),
                List.of(event("USAGOV", "CHN", "111"), event("RUS", "UKR", "190"), event("FRA", "UKR", "190")));
        assertEquals(Map.of("04", Map.of("11", 1), "19", Map.of("19", 1)), r.confusion());
    }

    @Test
    void reliabilityGivesTheShareCorrectPerConfidenceBand() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042"), GoldEvent.cameo("RUS", "UKR", "190")),
                List.of(event("USA", "CHN", "042", "", Factuality.ASSERTED, 1.0),
                        event("RUS", "UKR", "190", "", Factuality.ASSERTED, 0.85),
                        event("FRA", "UKR", "190", "", Factuality.ASSERTED, 0.1),
                        event("FRA", "DEU", "190", "", Factuality.ASSERTED, 0.5)));
        List<Report.ReliabilityBand> bands = r.reliability();
        assertEquals(5, bands.size());
        assertEquals(new Report.ReliabilityBand(0.0, 0.2, 1, 0), bands.get(0));
        assertEquals(new Report.ReliabilityBand(0.4, 0.6, 1, 0), bands.get(2));
        assertEquals(2, bands.get(4).events());
        assertEquals(1.0, bands.get(4).share());
    }

    @Test
    void missesAndExtrasCarryTheirText() {
        String text = "Fighting went on. France condemned Iran.";
        Evidence second = new Evidence(new Span(18, text.length()), new Span(25, 34), "test");
        Event extra = EvalFixtures.event(EvalFixtures.actor("FRA"), EvalFixtures.actor("IRN"), "111", "",
                Factuality.ASSERTED, 0.7, second);
        Report r = EventScorer.score(List.of(GoldArticle.of("x", null, text,
                List.of(GoldEvent.cameo("SYRREB", "SYRGOV", "190")))), Map.of("x", List.of(extra)));
        assertEquals(List.of(new Report.Miss("x", "SYRREB", "SYRGOV", "190", "", text)), r.misses());
        assertEquals(1, r.extras().size());
        assertEquals("France condemned Iran.", r.extras().get(0).text());
        assertEquals("IRN", r.extras().get(0).target());
    }

    @Test
    void recordsMarkedNotScoredAreIgnored() {
        GoldArticle off = new GoldArticle("off", null, TEXT, List.of(GoldEvent.cameo("USA", "CHN", "042")), null,
                null, "DEMO", "sentence=\"false\"");
        Report r = EventScorer.score(List.of(off, GoldArticle.of("a", null, TEXT, List.of())),
                Map.of("off", List.of(event("RUS", "UKR", "190"))));
        assertEquals(Counts.ZERO, counts(r, Level.ROOT));
        assertEquals(1, r.totals().unscoredRecords());
        assertEquals(0, r.totals().goldEvents());
    }

    @Test
    void recordWithoutGoldEventsMakesEveryPredictionAnExtra() {
        Report r = score(List.of(), List.of(event("RUS", "UKR", "190")));
        assertEquals(Level.ROOT, r.headline());
        assertEquals(new Counts(0, 1, 0), counts(r, Level.ROOT));
    }

    @Test
    void lastSummaryLineIsTheEventsHeadline() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042")),
                List.of(event("USA", "CHN", "042"), event("RUS", "UKR", "190")));
        List<String> lines = r.summaryLines();
        assertEquals("events: P=0.500 R=1.000 F1=0.667", lines.get(lines.size() - 1));
        assertTrue(lines.contains("root: TP=1 FP=1 FN=0 P=0.500 R=1.000 F1=0.667"), lines.toString());
    }

    @Test
    void reportSerialisesToJsonWithFigures() {
        Report r = score(List.of(GoldEvent.cameo("USA", "CHN", "042")), List.of(event("USA", "CHN", "042")));
        String json = r.toJson();
        assertTrue(json.contains("\"headline\" : \"root\""), json);
        assertTrue(json.contains("\"by_code\""), json);
        assertTrue(json.contains("\"precision\" : 1.0"), json);
        assertTrue(json.contains("\"share\""), json);
    }

    @Test
    void duplicateGoldIdsAreRejected() {
        GoldArticle a = GoldArticle.of("a", null, TEXT, List.of());
        assertThrows(IllegalArgumentException.class, () -> EventScorer.score(List.of(a, a), Map.of()));
    }
}
