package org.herodotus.model;

/**
 * What in the text supports an event.
 *
 * @param sentence the sentence's span
 * @param trigger  the word or phrase that expresses the event
 * @param rule     the lexicon pattern or rule that matched, for debugging and confidence
 */
public record Evidence(Span sentence, Span trigger, String rule) {
}
