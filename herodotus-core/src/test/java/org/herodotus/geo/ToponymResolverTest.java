package org.herodotus.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToponymResolverTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final ToponymResolver RESOLVER = ToponymResolver.standard(GAZETTEER);

    private static Place resolve(String name, GeoContext context) {
        return RESOLVER.resolve(name, context).orElseThrow(() -> new AssertionError(name + " not resolved")).place();
    }

    @Test
    void tripoliInLibyanContextIsLibyanCapital() {
        Place tripoli = resolve("Tripoli", GeoContext.focus(Map.of("LBY", 1.0)));
        assertEquals("LBY", tripoli.countryIso3());
        assertEquals("PPLC", tripoli.featureCode());
    }

    @Test
    void tripoliInLebaneseContextIsLebaneseCity() {
        assertEquals("LBN", resolve("Tripoli", GeoContext.focus(Map.of("LBN", 1.0))).countryIso3());
    }

    @Test
    void tripoliWithoutContextPrefersLargest() {
        assertEquals("LBY", resolve("Tripoli", GeoContext.NONE).countryIso3());
    }

    @Test
    void unknownNameGivesEmpty() {
        assertTrue(RESOLVER.resolve("Xqzzyvtt", GeoContext.NONE).isEmpty());
        assertTrue(RESOLVER.resolve("", GeoContext.NONE).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jufra", "Jufrah", "Jafra", "al-Jufra", "Al Jufrah"})
    void jufraSpellingsResolveToOnePlace(String spelling) {
        Place libyan = resolve(spelling, GeoContext.focus(Map.of("LBY", 1.0)));
        assertEquals("Al Jufrah", libyan.name());
        assertEquals(libyan, resolve(spelling, GeoContext.NONE));
    }

    @Test
    void sirteAndSurtResolveToTheSameCity() {
        assertEquals(resolve("Sirte", GeoContext.NONE), resolve("Surt", GeoContext.NONE));
    }

    @Test
    void springfieldInIllinoisIsTheStateCapital() {
        Place illinois = GAZETTEER.admin1("USA", "IL").orElseThrow();
        Place springfield = resolve("Springfield", GeoContext.of(Map.of("USA", 1.0), List.of(illinois)));
        assertEquals("IL", springfield.admin1());
    }

    @Test
    void nearbyPlacesPickTheNearbyNamesake() {
        Place dallas = resolve("Dallas", GeoContext.NONE);
        assertEquals("FRA", resolve("Paris", GeoContext.NONE).countryIso3());
        Place paris = resolve("Paris", GeoContext.of(Map.of("USA", 1.0), List.of(dallas)));
        assertEquals("USA", paris.countryIso3());
        assertEquals("TX", paris.admin1());
    }

    @Test
    void countryNameIsNotTakenForAVillageOfTheFocusCountry() {
        Place texas = GAZETTEER.admin1("USA", "TX").orElseThrow();
        Place china = resolve("China", GeoContext.of(Map.of("USA", 1.0), List.of(texas)));
        assertEquals(Precision.COUNTRY, china.precision());
    }

    @Test
    void newYorkIsTheCityNotTheState() {
        Place newYork = resolve("New York", GeoContext.NONE);
        assertEquals(Precision.PLACE, newYork.precision());
        assertEquals(40.7, newYork.lat(), 0.1);
    }

    @Test
    void georgiaInAmericanContextIsTheState() {
        assertEquals(Precision.COUNTRY, resolve("Georgia", GeoContext.NONE).precision());
        assertEquals(Precision.ADMIN1, resolve("Georgia", GeoContext.focus(Map.of("USA", 1.0))).precision());
    }

    @Test
    void sitesOfTheLibyanWarAreKnown() {
        GeoContext libya = GeoContext.focus(Map.of("LBY", 1.0));
        assertEquals("AIRB", resolve("al-Watiya", libya).featureCode());
        assertEquals("LBY", resolve("Sidra", libya).countryIso3());
        assertEquals("LBY", resolve("Sharara", libya).countryIso3());
    }

    @Test
    void scoreIsBetweenZeroAndOneAndLowerWhenAmbiguous() {
        double tripoli = RESOLVER.resolve("Tripoli", GeoContext.NONE).orElseThrow().score();
        double benghazi = RESOLVER.resolve("Benghazi", GeoContext.NONE).orElseThrow().score();
        assertTrue(tripoli > 0 && tripoli < benghazi && benghazi <= 1, tripoli + " " + benghazi);
    }

    @Test
    void aLambdaIsAResolver() {
        Place somewhere = new Place(-1, "Somewhere", "LBY", null, 30, 15, "P", "PPL", 0);
        ToponymResolver fixed = (name, context) -> Optional.of(new ResolvedPlace(somewhere, 1));
        assertEquals(somewhere, fixed.resolve("anything", GeoContext.NONE).orElseThrow().place());
    }
}
