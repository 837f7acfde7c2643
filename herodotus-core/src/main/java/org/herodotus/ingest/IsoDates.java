package org.herodotus.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication date of an input: {@code YYYY-MM-DD}, or the date part of an ISO timestamp. */
final class IsoDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?");

    private IsoDates() {
    }

    /**
     * The date written at the start of {@code s}; empty when it is not a valid calendar date. A
     * timestamp's date is taken as written, in the timestamp's own zone, without conversion.
     */
    static Optional<LocalDate> parse(String s) {
        Matcher m = DATE.matcher(s.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
