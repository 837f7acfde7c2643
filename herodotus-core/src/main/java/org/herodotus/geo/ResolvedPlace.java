package org.herodotus.geo;

import java.util.Objects;

/**
 * A toponym resolved to a place.
 *
 * @param place the chosen gazetteer entry
 * @param score confidence in the choice, 0..1: the choice's share of the candidates' evidence, lowered for
 *              a transliteration match
 */
public record ResolvedPlace(Place place, double score) {

    public ResolvedPlace {
        Objects.requireNonNull(place, "place");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
    }
}
