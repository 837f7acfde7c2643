package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ActorCodesTest {

    @Test
    void countryIsTheFirstThreeLettersOfACountryCode() {
        assertEquals("LBY", ActorCodes.country("LBYGOV"));
        assertEquals("RUS", ActorCodes.country("RUS"));
        assertEquals("MEA", ActorCodes.country("MEA"));
        assertEquals("ARN", ActorCodes.country("ARNGOV"));
    }

    @Test
    void internationalNonStateAndSectorCodesHaveNoCountry() {
        for (String code : new String[] {"IGOUNO", "NGO", "NGMHRI", "IMGMUSISI", "MNC", "REB", "GOV", "MOS"}) {
            assertEquals("", ActorCodes.country(code), code);
        }
    }

    @Test
    void codesThatAreNotCapitalLettersHaveNoCountry() {
        assertEquals("", ActorCodes.country("---REB"));
        assertEquals("", ActorCodes.country("\"INJURY TOLL\""));
        assertEquals("", ActorCodes.country("us"));
        assertEquals("", ActorCodes.country(""));
        assertEquals("", ActorCodes.country(null));
    }
}
