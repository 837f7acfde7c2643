package org.herodotus.geo;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.Set;

/** How precisely a resolved place locates something; serialised in lower case ({@code admin1}). */
public enum Precision {
    /** A populated place or a site: a city, a village, an air base, an oil field. */
    PLACE,
    /** A first-level administrative division: a state, province, governorate or district. */
    ADMIN1,
    /** A whole country or dependent territory. */
    COUNTRY,
    /** Coarser than a country (a continent, an ocean), or not known. */
    UNKNOWN;

    private static final Set<String> COUNTRY_CODES = Set.of("PCL", "PCLI", "PCLD", "PCLF", "PCLH", "PCLIX", "PCLS",
            "TERR");

    /**
     * The precision of a GeoNames feature code: PCLI and its kin are countries, ADM1 a division, continents
     * and oceans unknown, anything else a place.
     */
    public static Precision ofFeatureCode(String featureCode) {
        if (COUNTRY_CODES.contains(featureCode)) {
            return COUNTRY;
        }
        if (featureCode.equals("ADM1") || featureCode.equals("ADM1H")) {
            return ADMIN1;
        }
        if (featureCode.equals("CONT") || featureCode.equals("OCN")) {
            return UNKNOWN;
        }
        return PLACE;
    }

    /** The name used in JSON output: {@code place}, {@code admin1}, {@code country}, {@code unknown}. */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The same precision in the event model, for {@link org.herodotus.model.Location}. */
    public org.herodotus.model.Precision toModel() {
        return org.herodotus.model.Precision.valueOf(name());
    }
}
