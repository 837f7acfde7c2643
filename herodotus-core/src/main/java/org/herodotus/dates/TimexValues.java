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
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:on\\s+)?(last|this|past|next|this past|this coming)?\\s*(monday|tuesday|wednesday|thursday|friday|"
                    + "saturday|sunday)(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern RELATIVE_DAY = Pattern.compile("(?i)^(yesterday|today|tonight|tomorrow)"
            + "(?:\\s+(?:morning|afternoon|evening|night))?$");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TimexValues() {
    }

    static Optional<EventDate> read(String surface, String value, LocalDate published, Span span) {
        Optional<EventDate> fixed = lastMonth(surface, published, span).or(() -> day(surface, published, span));
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

    /**
     * Weekdays and relative days, read against the publication date by the news convention: "on
     * Monday" in an article of Tuesday 18 August is Monday 17 August (the most recent Monday, the
     * same day when published on a Monday; a week before with "last"), "next Monday" the coming one.
     * Computed here, not taken from the normaliser, so that the same text always gives the same date.
     */
    private static Optional<EventDate> day(String surface, LocalDate published, Span span) {
        if (published == null) {
            return Optional.empty();
        }
        String text = surface.strip().replaceAll("\\s+", " ");
        Matcher rel = RELATIVE_DAY.matcher(text);
        if (rel.matches()) {
            int shift = switch (rel.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return Optional.of(new EventDate(published.plusDays(shift).toString(), Precision.DAY, "text", span));
        }
        Matcher m = WEEKDAY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
        String mod = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        int back = (published.getDayOfWeek().getValue() - dow.getValue() + 7) % 7;
        LocalDate d;
        if (mod.equals("next") || mod.equals("this coming")) {
            d = published.plusDays(back == 0 ? 7 : 7 - back);
        } else {
            d = published.minusDays(back == 0 && mod.equals("last") ? 7 : back);
        }
        return Optional.of(new EventDate(d.toString(), Precision.DAY, "text", span));
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
