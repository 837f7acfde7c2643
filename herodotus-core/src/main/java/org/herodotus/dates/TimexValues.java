package org.herodotus.dates;

import org.herodotus.model.EventDate;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a normalised time expression into an event date, with our own reading of the expressions
 * that the normaliser gets wrong: "last June" in an article of August 2020 is June 2020 (the most
 * recent June), not June 2019.
 */
final class TimexValues {

    private static final Pattern LAST_MONTH = Pattern.compile("(?i)^(last|this past|past)\\s+([a-z]+)$");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TimexValues() {
    }

    static Optional<EventDate> read(String surface, String value, LocalDate published, Span span) {
        Optional<EventDate> fixed = lastMonth(surface, published, span);
        if (fixed.isPresent()) {
            return fixed;
        }
        if (value == null) {
            return Optional.empty();
        }
        if (value.equals("PRESENT_REF") && published != null) {
            return Optional.of(new EventDate(published.toString(), Precision.DAY, "text", span));
        }
        String v = value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value;
        if (DAY.matcher(v).matches()) {
            return Optional.of(new EventDate(v, Precision.DAY, "text", span));
        }
        if (MONTH.matcher(v).matches()) {
            return Optional.of(new EventDate(v, Precision.MONTH, "text", span));
        }
        if (YEAR.matcher(v).matches()) {
            return Optional.of(new EventDate(v, Precision.YEAR, "text", span));
        }
        return Optional.empty();
    }

    private static Optional<EventDate> lastMonth(String surface, LocalDate published, Span span) {
        Matcher m = LAST_MONTH.matcher(surface.strip());
        if (published == null || !m.matches()) {
            return Optional.empty();
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(m.group(2))) {
                int year = month.getValue() < published.getMonthValue() ? published.getYear() : published.getYear() - 1;
                return Optional.of(new EventDate(String.format("%04d-%02d", year, month.getValue()), Precision.MONTH,
                        "text", span));
            }
        }
        return Optional.empty();
    }
}
