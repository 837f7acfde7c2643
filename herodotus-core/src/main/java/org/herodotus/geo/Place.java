package org.herodotus.geo;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * A gazetteer entry.
 *
 * @param geonamesId   GeoNames id; 0 or negative for entries that are not GeoNames records (countries,
 *                     first-level divisions and the hand-made supplement)
 * @param name         the gazetteer's name for the place
 * @param countryIso3  ISO 3166 alpha-3 code of its country, or null for areas of several countries
 *                     (continents, seas)
 * @param admin1       GeoNames admin1 code of its first-level division ({@code "64"}, {@code "TX"}), or null;
 *                     {@link Gazetteer#admin1(Place)} gives the division itself
 * @param lat          latitude, WGS84 degrees
 * @param lon          longitude, WGS84 degrees
 * @param featureClass GeoNames feature class ({@code P}, {@code A}, {@code S}, ...)
 * @param featureCode  GeoNames feature code ({@code PPLC}, {@code ADM1}, {@code PCLI}, ...)
 * @param population   population, 0 when unknown
 */
public record Place(long geonamesId, String name, String countryIso3, String admin1, double lat, double lon,
                    String featureClass, String featureCode, long population) {

    private static final double EARTH_RADIUS_KM = 6371.0088;

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(featureClass, "featureClass");
        Objects.requireNonNull(featureCode, "featureCode");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a place needs a name");
        }
        if (countryIso3 != null && !isIso3(countryIso3)) {
            throw new IllegalArgumentException("not an ISO 3166 alpha-3 code: '" + countryIso3 + "' (" + name + ")");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon + " (" + name + ")");
        }
        if (population < 0) {
            throw new IllegalArgumentException("negative population for " + name);
        }
    }

    /** Whether {@code code} has the form of an ISO 3166 alpha-3 code: three capital ASCII letters. */
    static boolean isIso3(String code) {
        return code.length() == 3 && isCapital(code.charAt(0)) && isCapital(code.charAt(1))
                && isCapital(code.charAt(2));
    }

    private static boolean isCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** How precisely this place locates something, from its feature code. */
    @JsonProperty("precision")
    public Precision precision() {
        return Precision.ofFeatureCode(featureCode);
    }

    /** Great-circle distance to {@code other} in kilometres. */
    public double distanceKm(Place other) {
        return haversineKm(lat, lon, other.lat, other.lon);
    }

    /** Great-circle (haversine) distance in kilometres between two WGS84 points. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2))
                * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
