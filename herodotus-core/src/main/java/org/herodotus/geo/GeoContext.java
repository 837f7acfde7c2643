package org.herodotus.geo;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the rest of an article says about where it is, for choosing among places of the same name.
 *
 * @param focusCountries the article's focus countries, ISO 3166 alpha-3 to a weight in 0..1 (1 for the
 *                       country the article is most about)
 * @param places         places already resolved in the article (its other toponyms)
 * @param possiblePlaces places the article's unresolved or uncertain toponyms may name (their leading
 *                       candidates): weaker evidence of where the article is
 */
public record GeoContext(Map<String, Double> focusCountries, List<Place> places, List<Place> possiblePlaces) {

    /** No context: candidates are ranked on their own merits. */
    public static final GeoContext NONE = new GeoContext(Map.of(), List.of(), List.of());

    public GeoContext {
        focusCountries = Map.copyOf(focusCountries);
        places = List.copyOf(places);
        possiblePlaces = List.copyOf(possiblePlaces);
        for (Map.Entry<String, Double> e : focusCountries.entrySet()) {
            if (!Place.isIso3(e.getKey())) {
                throw new IllegalArgumentException("focus countries are ISO 3166 alpha-3 codes: '" + e.getKey() + "'");
            }
            if (!(e.getValue() >= 0 && e.getValue() <= 1)) {
                throw new IllegalArgumentException("focus weight of " + e.getKey() + " out of 0..1: " + e.getValue());
            }
        }
    }

    /** A context of focus countries only. */
    public static GeoContext focus(Map<String, Double> focusCountries) {
        return new GeoContext(focusCountries, List.of(), List.of());
    }

    /** A context of focus countries and resolved places. */
    public static GeoContext of(Map<String, Double> focusCountries, List<Place> places) {
        return new GeoContext(focusCountries, places, List.of());
    }

    /** The focus weight of a country, 0 when it is not a focus (or is null). */
    public double weight(String iso3) {
        return iso3 == null ? 0 : Objects.requireNonNullElse(focusCountries.get(iso3), 0.0);
    }
}
