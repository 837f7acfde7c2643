package org.herodotus.dates;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.EventDate;
import org.herodotus.model.Precision;
import org.herodotus.testkit.Docs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexDateResolverTest {

    private final DateResolver dates = DateResolver.builtIn();

    @Test
    void lastJuneIsTheMostRecentJuneBeforePublication() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Last June , the forces regained|regain control .", "JJ NNP , DT NNS VBD NN .",
                        "amod(1,0) obl:tmod(5,1) punct(5,2) det(4,3) nsubj(5,4) root(-1,5) obj(5,6) punct(5,7)")
                .time("Last June", "2019-06")
                .build();
        EventDate d = dates.resolve(doc, 0, 5);
        assertEquals("2020-06", d.value());
        assertEquals(Precision.MONTH, d.precision());
        assertEquals("text", d.source());
    }

    @Test
    void lastDecemberInAugustIsTheYearBefore() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Last December , Turkey signed|sign it .", "JJ NNP , NNP VBD PRP .",
                        "amod(1,0) obl:tmod(4,1) punct(4,2) nsubj(4,3) root(-1,4) obj(4,5) punct(4,6)")
                .time("Last December", "2019-12")
                .build();
        assertEquals("2019-12", dates.resolve(doc, 0, 4).value());
    }

    @Test
    void dateInsideTheEventPhraseWins() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("the attack launched|launch in April 2019", "DT NN VBN IN NNP CD",
                        "det(1,0) root(-1,1) acl(1,2) obl:in(2,4) case(4,3) nummod(4,5)")
                .time("April 2019", "2019-04")
                .build();
        EventDate d = dates.resolve(doc, 0, 1);
        assertEquals("2019-04", d.value());
        assertEquals(Precision.MONTH, d.precision());
    }

    @Test
    void withoutATimeExpressionThePublicationDateStandsInAndSaysSo() {
        AnnotatedArticle doc = Docs.article("2020-08-18")
                .sentence("Germany criticised|criticise Russia .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build();
        EventDate d = dates.resolve(doc, 0, 1);
        assertEquals("2020-08-18", d.value());
        assertEquals(Precision.DAY, d.precision());
        assertEquals("publication", d.source());
    }

    @Test
    void withoutPublicationDateAnUndatedEventIsUnknown() {
        AnnotatedArticle doc = Docs.article(null)
                .sentence("Germany criticised|criticise Russia .", "NNP VBD NNP .", "nsubj(1,0) root(-1,1) obj(1,2) punct(1,3)")
                .build();
        assertEquals(EventDate.UNKNOWN, dates.resolve(doc, 0, 1));
    }
}
