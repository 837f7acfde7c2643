package org.herodotus.coding;

import org.herodotus.model.Sentence;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class WordsBeforeTest {

    /** "Romendacil unexpectedly now wo n't try to clash ." */
    private static final Sentence TRY_TO_CLASH = Docs.article("2020-08-18")
            .sentence("Romendacil unexpectedly now wo|will n't|not try|try to clash|clash .", "NNP RB RB MD RB VB TO VB .",
                    "nsubj(5,0) advmod(2,1) advmod(5,2) aux(5,3) advmod(5,4) root(-1,5) mark(7,6) xcomp(5,7) "
                            + "nsubj:xsubj(7,0) punct(5,8)")
            .build().sentences().get(0);

    @Test
    void theWindowHoldsTheGoverningVerbWithItsAuxiliariesAndAdverbPhrases() {
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), WordsBefore.window(TRY_TO_CLASH, 7));
    }

    @Test
    void unitsMatchInOrderWithWordsBetweenAndSeveralWordAlternativesOnAdjacentTokens() {
        assertEquals(Set.of(1, 3, 4), WordsBefore.match(TRY_TO_CLASH, 7,
                List.of(Set.of("unexpectedly"), Set.of("wo n't", "did n't"))));
        assertNull(WordsBefore.match(TRY_TO_CLASH, 7, List.of(Set.of("wo n't"), Set.of("unexpectedly"))),
                "out of order");
        assertNull(WordsBefore.match(TRY_TO_CLASH, 7, List.of(Set.of("unexpectedly n't"))),
                "the words of one alternative must be adjacent");
    }
}
