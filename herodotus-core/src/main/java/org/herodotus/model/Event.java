package org.herodotus.model;

import java.util.List;
import java.util.Objects;

/**
 * A coded event: who did what to whom, when and where, with the evidence for it.
 * Serialised as {@code shared/eval/FORMAT.md} section 2 describes.
 *
 * @param id          stable id: the same article, text and coder give the same id
 * @param articleId   id of the article
 * @param sentence    0-based sentence index
 * @param source      who acts
 * @param target      who is acted upon, or null
 * @param cameo       the CAMEO code with its Goldstein value, QuadClass and PLOVER mapping
 * @param factuality  asserted, negated, future, hypothetical or claimed
 * @param modality    extra modal marks that {@code factuality} alone cannot hold: {@code future} (an
 *                    intent, or a negated future), {@code hypothetical}, {@code conditional} (on an
 *                    "if"), {@code unless} (on an "unless"); empty when none
 * @param claimant    whoever claims the event, for {@code claimed}; else null
 * @param date        when
 * @param location    where, or null when the text does not say
 * @param evidence    the sentence and trigger
 * @param confidence  0..1
 * @param coder       version of coder, lexicon and knowledge base
 */
public record Event(String id, String articleId, int sentence, Actor source, Actor target, CameoCode cameo,
                    Factuality factuality, List<String> modality, Actor claimant, EventDate date,
                    Location location, Evidence evidence, double confidence, String coder) {

    public Event {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(date, "date");
        modality = List.copyOf(modality);
        if (target != null && source.sameParty(target)) {
            throw new IllegalArgumentException("an event cannot pair an actor with itself: " + source.code());
        }
        if ((factuality == Factuality.CLAIMED) != (claimant != null)) {
            throw new IllegalArgumentException("a claimed event has a claimant, and only a claimed one");
        }
    }
}
