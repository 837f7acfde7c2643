package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.herodotus.geo.Gazetteer;
import org.herodotus.geo.ToponymResolver;
import org.junit.jupiter.api.Test;

class GeoEvaluationTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    private static List<GeoArticle> corpus() {
        List<GeoArticle> articles = new ArrayList<>(GeoCorpusReader.parse(GeoCorpusReaderTest.TR_NEWS, "tr.xml"));
        articles.addAll(GeoCorpusReader.parse(GeoCorpusReaderTest.GWN, "gwn.xml"));
        return articles;
    }

    @Test
    void toponymsWithinHundredMilesOfGoldAreCorrect() {
        GeoEvaluationResult result = new GeoEvaluation(GAZETTEER, ToponymResolver.standard(GAZETTEER))
                .evaluate(corpus());
        assertEquals(6, result.n());
        assertEquals(6, result.resolved());
        assertEquals(5, result.correct(), "Paris, Texas without Texan context is taken for Paris, France");
        assertEquals(5.0 / 6, result.acc161(), 1e-9);
        assertTrue(result.meanKm() > 7_000 / 6.0 && result.meanKm() < 9_000 / 6.0, "mean " + result.meanKm());
        assertEquals("places: acc161=0.833 n=6", result.summaryLine());
    }

    @Test
    void unresolvedToponymsCountAsWrongButNotInTheMeanError() {
        GeoEvaluationResult result = new GeoEvaluation(GAZETTEER, (name, context) -> Optional.empty())
                .evaluate(corpus());
        assertEquals(new GeoEvaluationResult(6, 0, 0, 0, 0), result);
    }
}
