package org.herodotus.actors;

import java.util.Optional;

/**
 * The country of a place name, so that "Darfur rebels" or "Baghdad University" get the country of
 * the place. Given to the resolver by whoever owns a gazetteer; the actors stage does not depend on one.
 */
@FunctionalInterface
public interface PlaceCountries {

    PlaceCountries NONE = name -> Optional.empty();

    /** The ISO 3166 alpha-3 country of the place the name most plausibly denotes, if any. */
    Optional<String> countryOf(String placeName);
}
