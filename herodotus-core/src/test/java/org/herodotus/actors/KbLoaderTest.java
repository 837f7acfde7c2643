package org.herodotus.actors;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KbLoaderTest {

    @Test
    void everyShippedFileLoads() {
        KnowledgeBase kb = KbLoader.builtIn();
        assertTrue(kb.countries().size() >= 240, "countries: " + kb.countries().size());
        assertTrue(kb.agents().size() >= 200, "agents: " + kb.agents().size());
        assertTrue(kb.entities().size() >= 50, "entities: " + kb.entities().size());
        assertTrue(kb.version().startsWith("kb-"));
    }

    @Test
    void roleIsChosenByDate() {
        Entity sarraj = TinyKb.build().entity("sarraj").orElseThrow();
        assertTrue(sarraj.activeOn(LocalDate.of(2020, 8, 18)));
        assertTrue(!sarraj.activeOn(LocalDate.of(2022, 1, 1)));
        assertEquals("LBYGOV", sarraj.roleOn(LocalDate.of(2020, 8, 18)).orElseThrow().code());
    }

    @Test
    void unknownFieldIsReportedWithFileAndLine() {
        KbFormatException e = assertThrows(KbFormatException.class, () -> new KbLoader()
                .load("countries.tsv", TinyKb.stream(TinyKb.COUNTRIES))
                .load("x.kb", TinyKb.stream("entity a\n  type person\n  name A\n  born 1950\n")));
        assertTrue(e.getMessage().contains("x.kb:4"), e.getMessage());
        assertTrue(e.getMessage().contains("unknown field 'born'"), e.getMessage());
    }

    @Test
    void unknownCountryInRoleIsReported() {
        KbFormatException e = assertThrows(KbFormatException.class, () -> new KbLoader()
                .load("countries.tsv", TinyKb.stream(TinyKb.COUNTRIES))
                .load("x.kb", TinyKb.stream("entity a\n  type person\n  name A\n  role XYZGOV\n")));
        assertTrue(e.getMessage().contains("x.kb:4"), e.getMessage());
    }

    @Test
    void overlappingRolesForTwoCountriesAreReported() {
        String kb = "entity a\n  type person\n  name A\n  role LBYGOV 2015 2020\n  role TURGOV 2019 2021\n";
        KbFormatException e = assertThrows(KbFormatException.class, () -> new KbLoader()
                .load("countries.tsv", TinyKb.stream(TinyKb.COUNTRIES))
                .load("x.kb", TinyKb.stream(kb)));
        assertTrue(e.getMessage().contains("overlapping roles"), e.getMessage());
    }

    @Test
    void unknownSectorInAgentsIsReported() {
        KbFormatException e = assertThrows(KbFormatException.class, () -> new KbLoader()
                .load("agents.tsv", TinyKb.stream("warlord\tXXX\n")));
        assertTrue(e.getMessage().contains("agents.tsv:1"), e.getMessage());
    }

    @Test
    void commentAfterWhitespaceIsIgnoredButHashInsideAWordIsKept() {
        assertEquals("a\tb", KbLoader.stripComment("a\tb   # note"));
        assertEquals("C#", KbLoader.stripComment("C#"));
    }
}
