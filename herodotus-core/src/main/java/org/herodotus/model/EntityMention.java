package org.herodotus.model;

/**
 * A named-entity mention as the NER tagger found it, before any resolution.
 *
 * @param sentence 0-based sentence index
 * @param span     offsets in the article text
 * @param type     {@code PERSON}, {@code LOCATION}, {@code ORGANIZATION} or {@code MISC}
 */
public record EntityMention(int sentence, Span span, String type) {
}
