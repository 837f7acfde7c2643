package org.herodotus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleResolverTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final ArticleResolver ARTICLES = new ArticleResolver(GAZETTEER, ToponymResolver.standard(GAZETTEER));

    @Test
    void otherToponymsChooseTheReading() {
        List<Optional<ResolvedPlace>> lebanese = ARTICLES.resolveAll(List.of("Tripoli", "Beirut", "Lebanon", "Sidon"));
        assertEquals("LBN", lebanese.get(0).orElseThrow().place().countryIso3());
        List<Optional<ResolvedPlace>> libyan = ARTICLES.resolveAll(List.of("Tripoli", "Misrata", "Libya", "Jufra"));
        assertEquals("LBY", libyan.get(0).orElseThrow().place().countryIso3());
        assertEquals("Al Jufrah", libyan.get(3).orElseThrow().place().name());
    }

    @Test
    void oneNameGetsOnePlaceThroughoutAnArticle() {
        List<Optional<ResolvedPlace>> places = ARTICLES.resolveAll(List.of("Paris", "Texas", "Paris", "Dallas"));
        assertEquals(places.get(0), places.get(2));
        assertEquals("USA", places.get(0).orElseThrow().place().countryIso3());
    }

    @Test
    void resultsFollowTheInputOrderAndKeepUnknownsEmpty() {
        List<Optional<ResolvedPlace>> places = ARTICLES.resolveAll(List.of("Xqzzyvtt", "Benghazi"));
        assertEquals(2, places.size());
        assertTrue(places.get(0).isEmpty());
        assertEquals("LBY", places.get(1).orElseThrow().place().countryIso3());
        assertTrue(ARTICLES.resolveAll(List.of()).isEmpty());
    }
}
