package org.herodotus.dedup;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvidenceWordsTest {

    @Test
    void stopWordsAndCalendarWordsAreDroppedAndPluralsFolded() {
        assertEquals(Set.of("eu", "imposed", "sanction", "belarusian", "official"),
                EvidenceWords.of("The EU imposed sanctions on Friday on Belarusian officials, it said."));
    }

    @Test
    void digitsCountAsWordsAndOneLetterWordsDoNot() {
        assertEquals(Set.of("40", "official"), EvidenceWords.of("40 officials a b"));
    }

    @Test
    void cosineOfWordSets() {
        assertEquals(1.0, EvidenceWords.cosine(Set.of("a1", "b1"), Set.of("b1", "a1")), 1e-9);
        assertEquals(0.5, EvidenceWords.cosine(Set.of("a1", "b1"), Set.of("b1", "c1")), 1e-9);
        assertEquals(0.0, EvidenceWords.cosine(Set.of(), Set.of("b1")), 1e-9);
    }

    @Test
    void theStopWordFileLoads() {
        assertTrue(EvidenceWords.isStopWord("the"));
        assertTrue(EvidenceWords.isStopWord("said"));
        assertTrue(EvidenceWords.isStopWord("monday"));
        assertTrue(!EvidenceWords.isStopWord("sanction"));
    }
}
