package org.herodotus.model;

/**
 * A time expression found in the text, normalised against the publication date.
 *
 * @param sentence 0-based sentence index
 * @param span     offsets in the article text
 * @param value    TIMEX3 value as given by the normaliser ({@code 2020-08-17}, {@code 2019-04},
 *                 {@code 2020-W34}, {@code PRESENT_REF}, ...)
 * @param type     TIMEX3 type: {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 */
public record TimeMention(int sentence, Span span, String value, String type) {
}
