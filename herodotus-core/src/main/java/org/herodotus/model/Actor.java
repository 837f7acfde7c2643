package org.herodotus.model;

import java.util.List;
import java.util.Objects;

/**
 * An actor as resolved in one place of the text.
 *
 * @param span     offsets of the mention in the article text (for a pronoun: the pronoun itself)
 * @param code     CAMEO-style actor code: country + sectors ({@code LBYGOV}), or an international
 *                 code ({@code IGOUNO})
 * @param country  ISO 3166 alpha-3 country, or null for international and non-state actors
 * @param sectors  sector codes in order ({@code GOV}, {@code MIL}, ...)
 * @param kbId     id of the knowledge-base entity, or null when the code was composed from words
 * @param name     canonical name of the entity or country, for display
 * @param score    resolution confidence, 0..1
 * @param via      how the actor was found: {@code name}, {@code fuzzy}, {@code composed},
 *                 {@code metonym}, {@code pronoun}, {@code description}, {@code context} (a titled
 *                 person given the only country its sentence names)
 */
public record Actor(Span span, String code, String country, List<String> sectors, String kbId, String name,
                    double score, String via) {

    public Actor {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(code, "code");
        sectors = List.copyOf(sectors);
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
    }

    /**
     * Whether two actors stand for the same party: the same entity, or the same code (al-Sarraj and
     * his own government are both LBYGOV; an event between them says nothing about relations).
     */
    public boolean sameParty(Actor other) {
        return kbId != null && kbId.equals(other.kbId) || code.equals(other.code);
    }
}
