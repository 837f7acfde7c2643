package org.herodotus.actors;

import java.util.List;

/**
 * A country of ISO 3166 with the words that name it.
 *
 * @param iso3       alpha-3 code, the actor code of the country
 * @param iso2       alpha-2 code
 * @param name       short English name
 * @param otherNames official and common other names
 * @param adjectives adjectives and demonyms ({@code Libyan}, {@code Libyans})
 * @param capitals   capitals that stand for the government ({@code Ankara})
 */
public record Country(String iso3, String iso2, String name, List<String> otherNames, List<String> adjectives,
                      List<String> capitals) {

    public Country {
        otherNames = List.copyOf(otherNames);
        adjectives = List.copyOf(adjectives);
        capitals = List.copyOf(capitals);
    }
}
