package org.herodotus.model;

/**
 * Where an event happened.
 *
 * @param name       place name as the gazetteer gives it
 * @param country    ISO 3166 alpha-3
 * @param admin1     first-level division code or name, or null
 * @param lat        latitude
 * @param lon        longitude
 * @param geonamesId GeoNames id, or 0 for places outside GeoNames
 * @param precision  {@link Precision#PLACE}, {@link Precision#ADMIN1} or {@link Precision#COUNTRY}
 * @param span       the toponym in the article text
 */
public record Location(String name, String country, String admin1, double lat, double lon, long geonamesId,
                       Precision precision, Span span) {
}
