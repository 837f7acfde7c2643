package org.herodotus.geo;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Location;

import java.util.List;

/**
 * The place stage: resolves the toponyms of an article, then tells for each event where it happened.
 */
@FunctionalInterface
public interface EventLocator {

    ArticlePlaces locate(AnnotatedArticle article);

    /** The places of one article. */
    interface ArticlePlaces {

        /** Every toponym of the article resolved to a place, in text order. */
        List<Location> toponyms();

        /** Where the event anchored at this token happened, or null when the text does not say. */
        Location forEvent(int sentence, int anchor);
    }

    /** The locator over the built-in gazetteer (GeoNames cities, divisions, countries, a supplement). */
    static EventLocator builtIn() {
        return new GazetteerEventLocator(Gazetteer.loadDefault());
    }

    /** A locator that finds nothing, for runs that do not need places. */
    static EventLocator none() {
        return article -> new ArticlePlaces() {
            @Override
            public List<Location> toponyms() {
                return List.of();
            }

            @Override
            public Location forEvent(int sentence, int anchor) {
                return null;
            }
        };
    }
}
