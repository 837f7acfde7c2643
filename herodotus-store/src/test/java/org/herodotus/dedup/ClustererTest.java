package org.herodotus.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.herodotus.dedup.Reports.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class ClustererTest {

    private static final Mention ARRIVES = report("r1", "Mediterranean Wire", "2021-03-10", "TURGOV", "IRQGOV", "042",
            "Turkey's foreign minister, Mehmet Arslan, arrived in Baghdad on Wednesday for talks with Iraqi leaders.")
            .mention();
    private static final Mention RECEIVES = report("r2", "Gulf Daily Ledger", "2021-03-10", "IRQGOV", "TURGOV", "043",
            "Iraqi Foreign Minister Hassan al-Jaberi received his Turkish counterpart Mehmet Arslan in Baghdad.")
            .mention();
    private static final Mention VISITED = report("r3", "Steppe Bulletin", "2021-03-12", "TURGOV", "IRQGOV", "042",
            "Turkish Foreign Minister Mehmet Arslan visited Baghdad this week for talks on security and water.")
            .mention();
    private static final Mention ANKARA_LATER = report("r4", "Gulf Daily Ledger", "2021-06-15", "IRQGOV", "TURGOV",
            "042", "Iraqi Foreign Minister Hassan al-Jaberi arrived in Ankara for talks with Turkish leaders.").mention();

    @Test
    void reportsOfOneVisitMergeIntoOneEventNamedAfterTheFirst() {
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        String first = c.place(ARRIVES);
        assertEquals(EventIds.of(ARRIVES.id()), first);
        assertEquals(first, c.place(RECEIVES));
        assertEquals(first, c.place(VISITED));
        assertEquals(1, c.events().size());
        assertEquals(3, c.events().get(0).members().size());
    }

    @Test
    void theSameDyadMonthsLaterIsAnotherEvent() {
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        String visit = c.place(ARRIVES);
        assertNotEquals(visit, c.place(ANKARA_LATER));
    }

    @Test
    void unrelatedEvidenceOfTheSameDyadDoesNotMerge() {
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        String visit = c.place(ARRIVES);
        Mention other = report("r5", "Nile Herald", "2021-03-10", "TURGOV", "IRQGOV", "042",
                "Ambassadors exchanged letters concerning pilgrims crossing frontier posts.").mention();
        assertNotEquals(visit, c.place(other));
    }

    @Test
    void aMentionJoinsOnlyAnEventWhoseEveryMemberItMayJoin() {
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        String visit = c.place(ARRIVES);
        Mention sameDayAsLastOnly = report("r6", "Pacific Courier", "2021-03-14", "TURGOV", "IRQGOV", "042",
                "Turkish Foreign Minister Mehmet Arslan visited Baghdad for talks on security and water.").mention();
        c.place(VISITED);
        assertNotEquals(visit, c.place(sameDayAsLastOnly), "four days after the first report");
    }

    @Test
    void twoSentencesOfOneArticleStayApartEvenWhenAlike() {
        Reports.Report r = report("r7", "Wire", "2021-03-10", "TURGOV", "IRQGOV", "042",
                "Turkish Foreign Minister Mehmet Arslan arrived in Baghdad for talks.");
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        assertNotEquals(c.place(r.mention()), c.place(r.sentence(2).mention()));
    }

    @Test
    void continuingFromStoredEventsKeepsTheirIdsAndGivesTheSameResultAsOneRun() {
        List<Mention> all = List.of(ARRIVES, ANKARA_LATER, RECEIVES, VISITED);
        Clusterer once = new Clusterer(MergeRule.DEFAULT);
        List<String> ids = new ArrayList<>();
        all.forEach(m -> ids.add(once.place(m)));

        Clusterer first = new Clusterer(MergeRule.DEFAULT);
        List<String> resumed = new ArrayList<>();
        all.subList(0, 2).forEach(m -> resumed.add(first.place(m)));
        Clusterer second = new Clusterer(MergeRule.DEFAULT);
        first.events().forEach(e -> second.addEvent(e.id(), e.members()));
        all.subList(2, 4).forEach(m -> resumed.add(second.place(m)));
        assertEquals(ids, resumed);
    }

    @Test
    void anEventAddedTwiceIsRefused() {
        Clusterer c = new Clusterer(MergeRule.DEFAULT);
        c.addEvent("evt-1", List.of(ARRIVES));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> c.addEvent("evt-1", List.of(RECEIVES)));
    }
}
