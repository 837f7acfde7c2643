package org.herodotus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();

    @Test
    void everyShippedFileLoads() {
        assertTrue(GAZETTEER.size() > 199_000, "places: " + GAZETTEER.size());
        for (String iso3 : List.of("LBY", "USA", "TUR", "SYR", "FRA", "GBR", "PSE", "XKX", "ATA")) {
            assertTrue(GAZETTEER.country(iso3).isPresent(), iso3);
        }
        assertTrue(GAZETTEER.admin1("USA", "TX").isPresent());
        assertFalse(GAZETTEER.lookup("Al-Watiya Air Base").isEmpty());
        assertFalse(GAZETTEER.lookup("Korean Peninsula").isEmpty());
    }

    @Test
    void loadingTwiceGivesTheSameInstance() {
        assertSame(GAZETTEER, Gazetteer.loadDefault());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jufra", "Jufrah", "Jafra", "al-Jufra", "Al Jufrah", "AL-JUFRA"})
    void jufraSpellingsFindAlJufrah(String spelling) {
        Place first = GAZETTEER.lookup(spelling).get(0);
        assertEquals("Al Jufrah", first.name());
        assertEquals("LBY", first.countryIso3());
        assertEquals(Precision.ADMIN1, first.precision());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sirte", "Surt", "Sirt"})
    void sirteSpellingsFindTheLibyanCity(String spelling) {
        assertTrue(GAZETTEER.lookup(spelling).stream()
                .anyMatch(p -> p.name().equals("Sirte") && "LBY".equals(p.countryIso3())), spelling);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Benghazi", "Banghazi", "Bengasi", "Misrata", "Misurata", "Misratah", "Mişrātah"})
    void libyanCityVariantsAreFound(String spelling) {
        assertTrue(GAZETTEER.lookup(spelling).stream().anyMatch(p -> "LBY".equals(p.countryIso3())), spelling);
    }

    @Test
    void countryByIso3CarriesCodeAndCentroid() {
        Place libya = GAZETTEER.country("LBY").orElseThrow();
        assertEquals("Libya", libya.name());
        assertEquals(Precision.COUNTRY, libya.precision());
        assertTrue(libya.geonamesId() < 0);
        assertEquals(28, libya.lat(), 1);
        assertTrue(GAZETTEER.country("XYZ").isEmpty());
        assertTrue(GAZETTEER.country(null).isEmpty());
    }

    @Test
    void demonymAndPossessiveFindTheCountry() {
        assertEquals("Libya", GAZETTEER.lookup("Libyan").get(0).name());
        assertEquals("Russia", GAZETTEER.lookup("Russia's").get(0).name());
        assertEquals("United States", GAZETTEER.lookup("U.S.").get(0).name());
    }

    @Test
    void placeKnowsItsDivision() {
        Place hun = GAZETTEER.lookup("Hun").stream().filter(p -> "LBY".equals(p.countryIso3())).findFirst()
                .orElseThrow();
        assertEquals("Al Jufrah", GAZETTEER.admin1(hun).orElseThrow().name());
    }

    @Test
    void everyPlaceHasAnIso3CountryOrNone() {
        for (String name : List.of("Tripoli", "Paris", "Georgia", "Europe", "Victoria")) {
            for (Place p : GAZETTEER.lookup(name)) {
                assertTrue(p.countryIso3() == null || p.countryIso3().matches("[A-Z]{3}"), p.toString());
            }
        }
    }

    @Test
    void unknownOrEmptyNamesFindNothing() {
        assertTrue(GAZETTEER.lookup("Xqzzyvtt").isEmpty());
        assertTrue(GAZETTEER.lookup("").isEmpty());
        assertTrue(GAZETTEER.lookup("--").isEmpty());
    }

    @Test
    void lookupsTakeMicroseconds() {
        long start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < 20_000; i++) {
            found += GAZETTEER.lookup(i % 2 == 0 ? "Jafra" : "Tripoli").size();
        }
        double microseconds = (System.nanoTime() - start) / 1e3 / 20_000;
        assertTrue(found > 0);
        assertTrue(microseconds < 500, "a lookup took " + microseconds + " us");
    }
}
