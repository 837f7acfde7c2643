package org.herodotus.eval;

import static org.herodotus.eval.EvalFixtures.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.herodotus.model.Event;
import org.herodotus.model.Factuality;
import org.junit.jupiter.api.Test;

class PentaClassTest {

    @Test
    void rootsFallIntoThePentaClassBands() {
        Map<String, Integer> expected = Map.ofEntries(Map.entry("01", 0), Map.entry("02", 0), Map.entry("03", 1),
                Map.entry("05", 1), Map.entry("06", 2), Map.entry("08", 2), Map.entry("09", 3), Map.entry("13", 3),
                Map.entry("14", 4), Map.entry("15", 4), Map.entry("16", 3), Map.entry("17", 4), Map.entry("20", 4));
        expected.forEach((root, cls) -> assertEquals(cls, PentaClass.ofRoot(root), root));
        assertThrows(IllegalArgumentException.class, () -> PentaClass.ofRoot("21"));
    }

    @Test
    void sentenceWithoutEventsIsAStatement() {
        assertEquals(0, PentaClass.ofSentence(List.of()));
    }

    @Test
    void sentenceTakesTheClassOfItsMostConfidentEvent() {
        List<Event> events = List.of(event("USA", "CHN", "042", "", Factuality.ASSERTED, 0.6),
                event("USA", "CHN", "190", "", Factuality.ASSERTED, 0.8),
                event("USA", "CHN", "061", "", Factuality.ASSERTED, 0.7));
        assertEquals(4, PentaClass.ofSentence(events));
    }

    @Test
    void accuracyAndMacroF1AreComputedOverTheClassesPresent() {
        // gold 0,1,1,4 predicted 0,1,4,4: accuracy 3/4; F1 class 0 = 1, class 1 = 2/3, class 4 = 2/3
        int[] gold = {0, 1, 1, 4};
        String[] coded = {"", "042", "190", "180"};
        List<GoldArticle> articles = new ArrayList<>();
        Map<String, List<Event>> predicted = new HashMap<>();
        for (int i = 0; i < gold.length; i++) {
            String id = "line-" + i;
            articles.add(new GoldArticle(id, null, "sentence " + i, List.of(), gold[i], null, "", null));
            predicted.put(id, coded[i].isEmpty() ? List.of() : List.of(event("USA", "CHN", coded[i])));
        }
        Report r = EventScorer.score(articles, predicted);
        Report.PentaClassScore p = r.pentaClass();
        assertEquals(4, p.n());
        assertEquals(0.75, p.accuracy(), 1e-9);
        assertEquals((1 + 2.0 / 3 + 2.0 / 3) / 3, p.macroF1(), 1e-9);
        assertEquals(new Counts(1, 0, 1), p.classes().get(1).counts());
        assertEquals(1, p.confusion().get(1).get(4));
        assertNull(r.headline());
        List<String> lines = r.summaryLines();
        assertEquals("pentaclass: acc=0.75 macroF1=0.78 n=4", lines.get(lines.size() - 1));
    }
}
