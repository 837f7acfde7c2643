package org.herodotus.geo;

import java.util.Optional;

/** Chooses the place a toponym names, given the rest of the article. */
@FunctionalInterface
public interface ToponymResolver {

    /** The version of {@link #standard(Gazetteer)}, to write beside its output. */
    String STANDARD_VERSION = "toponym-resolver.v1";

    /**
     * The place {@code surfaceForm} most plausibly names in {@code context}, or empty when no gazetteer entry
     * is a plausible reading (there is no fall-back to a country centroid).
     */
    Optional<ResolvedPlace> resolve(String surfaceForm, GeoContext context);

    /**
     * The standard resolver: ranks the gazetteer's candidates by kind (country, division, capital),
     * population, name match, the context's focus countries and divisions, and proximity to its places.
     */
    static ToponymResolver standard(Gazetteer gazetteer) {
        return new ScoringToponymResolver(gazetteer);
    }
}
