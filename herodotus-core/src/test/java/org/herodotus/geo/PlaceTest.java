package org.herodotus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PCLI, COUNTRY", "PCLD, COUNTRY", "ADM1, ADMIN1", "PPLC, PLACE", "PPL, PLACE", "AIRB, PLACE",
            "ADM2, PLACE", "CONT, UNKNOWN", "OCN, UNKNOWN"})
    void precisionFollowsTheFeatureCode(String featureCode, Precision precision) {
        assertEquals(precision, Precision.ofFeatureCode(featureCode));
    }

    @Test
    void precisionHasLowerCaseJsonNamesAndAModelTwin() {
        assertEquals("admin1", Precision.ADMIN1.jsonName());
        assertEquals(org.herodotus.model.Precision.COUNTRY, Precision.COUNTRY.toModel());
    }

    @Test
    void londonToParisIsAbout344Km() {
        double km = Place.haversineKm(51.5085, -0.1257, 48.8534, 2.3488);
        assertEquals(344, km, 2);
    }

    @Test
    void placeRejectsImpossibleValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new Place(1, "X", "LBY", null, 91, 0, "P", "PPL", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Place(1, "X", "LY", null, 0, 0, "P", "PPL", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Place(1, " ", "LBY", null, 0, 0, "P", "PPL", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Place(1, "X", null, null, 0, 0, "P", "PPL", -1));
    }

    @Test
    void contextRejectsFocusThatIsNotIso3OrOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> GeoContext.focus(java.util.Map.of("LY", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> GeoContext.focus(java.util.Map.of("LBY", 2.0)));
        assertEquals(0.5, GeoContext.focus(java.util.Map.of("LBY", 0.5)).weight("LBY"));
        assertEquals(0, GeoContext.NONE.weight(null));
    }
}
