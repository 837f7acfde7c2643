package org.herodotus.coding;

import org.herodotus.model.CameoCode;

import java.util.List;

/**
 * An event noun of the lexicon ({@code attack}, {@code press conference}): lemmas of the words, the
 * last being the head.
 */
public record NounPattern(List<String> words, CameoCode code, String origin) {

    public NounPattern {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("an event noun needs a word");
        }
    }

    public String head() {
        return words.get(words.size() - 1);
    }
}
