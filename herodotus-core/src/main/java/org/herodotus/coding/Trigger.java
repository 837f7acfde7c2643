package org.herodotus.coding;

import org.herodotus.model.CameoCode;
import org.herodotus.model.Span;

/**
 * A word or phrase of the lexicon found in a sentence, whether or not actors were found for it: what
 * the sentence is about, for classifying sentences (PentaClass) where no dyad is coded.
 *
 * @param sentence 0-based sentence index
 * @param span     the trigger words
 * @param code     the CAMEO code of the pattern
 * @param depth    how many dependency edges lie between the trigger and the root of its sentence's
 *                 parse (0 for the main verb); the shallowest trigger is what the sentence is about
 */
public record Trigger(int sentence, Span span, CameoCode code, int depth) {
}
