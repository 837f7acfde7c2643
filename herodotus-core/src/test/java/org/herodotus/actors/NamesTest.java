package org.herodotus.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NamesTest {

    @Test
    void arabicArticleAndHyphenAreDropped() {
        assertEquals("sarraj", Names.key("al-Sarraj"));
        assertEquals("sarraj", Names.key("Al-Sarraj"));
        assertEquals(List.of("khaled", "attiyah"), Names.keys("Khaled Al-Attiyah"));
        assertEquals(List.of("jazeera"), Names.keys("Al Jazeera"));
    }

    @Test
    void diacriticsAndCaseAreDropped() {
        assertEquals("turkiye", Names.key("Türkiye"));
        assertEquals("un", Names.key("U.N."));
    }

    @Test
    void possessiveIsSplitOffAsTheTokenizerDoes() {
        assertEquals(List.of("haftar", "s", "forces"), Names.keys("Haftar's forces"));
    }

    @Test
    void transliterationVariantsShareASkeleton() {
        assertEquals(Names.skeleton("kalin"), Names.skeleton("kalan"));
        assertEquals(Names.skeleton("sarraj"), Names.skeleton("serraj"));
        assertTrue(Names.similarity("jufra", "jufrah") > 0.8);
    }
}
