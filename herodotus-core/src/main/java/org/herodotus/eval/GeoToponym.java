package org.herodotus.eval;

import java.util.Objects;

/**
 * A gold toponym: its text, where it stands in the article, and the coordinates of the place it names.
 *
 * @param text       the toponym as annotated
 * @param begin      start offset in the article text (half-open span)
 * @param end        end offset, exclusive
 * @param lat        gold latitude
 * @param lon        gold longitude
 * @param geonamesId the gold GeoNames id, or 0 when the annotation has none
 */
public record GeoToponym(String text, int begin, int end, double lat, double lon, long geonamesId) {

    public GeoToponym {
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ") of '" + text + "'");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range for '" + text + "': " + lat + ", " + lon);
        }
    }
}
