package org.herodotus.model;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param value     {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; null when unknown
 * @param precision {@link Precision#DAY}, {@link Precision#MONTH}, {@link Precision#YEAR} or
 *                  {@link Precision#UNKNOWN}
 * @param source    {@code text} when a time expression gave it, {@code publication} when the
 *                  publication date stands in, {@code none}
 * @param span      the time expression in the article text, or null
 */
public record EventDate(String value, Precision precision, String source, Span span) {

    public static final EventDate UNKNOWN = new EventDate(null, Precision.UNKNOWN, "none", null);

    public EventDate {
        if ((value == null) != (precision == Precision.UNKNOWN)) {
            throw new IllegalArgumentException("a date value goes with a known precision: " + value + " " + precision);
        }
    }
}
