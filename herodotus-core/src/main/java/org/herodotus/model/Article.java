package org.herodotus.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article as read from its input: the text every offset refers to, and its metadata.
 *
 * @param id        stable identifier (from the input's {@code id} field or its file name)
 * @param text      the article text; all spans in Herodotus index into it
 * @param published publication date, against which relative dates are resolved; null when unknown
 * @param source    publisher or feed name, or null
 * @param url       address of the article, or null
 * @param title     headline, or null
 */
public record Article(String id, String text, LocalDate published, String source, String url, String title) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    public static Article of(String id, String text, LocalDate published) {
        return new Article(id, text, published, null, null, null);
    }

    public String text(Span span) {
        return span.of(text);
    }
}
