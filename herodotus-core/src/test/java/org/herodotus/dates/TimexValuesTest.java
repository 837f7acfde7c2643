package org.herodotus.dates;

import org.herodotus.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Relative days against the publication date, Tuesday 2020-08-18, whatever the normaliser said. */
class TimexValuesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2020, 8, 18);

    @ParameterizedTest
    @CsvSource({"Monday, 2020-08-17", "on Monday, 2020-08-17", "Monday night, 2020-08-17", "Tuesday, 2020-08-18",
            "last Tuesday, 2020-08-11", "Wednesday, 2020-08-12", "next Monday, 2020-08-24", "yesterday, 2020-08-17",
            "today, 2020-08-18", "tomorrow, 2020-08-19", "last June, 2020-06", "last September, 2019-09"})
    void relativeDayResolvesAgainstThePublicationDate(String surface, String expected) {
        assertEquals(expected, TimexValues.read(surface, "XXXX-WXX-1", TUESDAY, new Span(0, surface.length()))
                .orElseThrow().value());
    }
}
