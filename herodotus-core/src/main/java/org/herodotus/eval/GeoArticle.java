package org.herodotus.eval;

import java.util.List;
import java.util.Objects;

/**
 * An article of a geoparsing corpus with its gold toponyms, in file order.
 *
 * @param id       the article's id in the corpus ({@code docid} or {@code file})
 * @param text     the article text the toponyms' offsets index into
 * @param toponyms the gold toponyms that have coordinates
 */
public record GeoArticle(String id, String text, List<GeoToponym> toponyms) {

    public GeoArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
        for (GeoToponym t : toponyms) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException("toponym '" + t.text() + "' ends past the text of article " + id);
            }
        }
    }
}
