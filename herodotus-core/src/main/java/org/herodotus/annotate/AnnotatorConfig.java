package org.herodotus.annotate;

/**
 * Typed configuration of the CoreNLP adapter.
 *
 * @param fineGrainedNer  use CoreNLP's fine-grained NER (countries, titles, nationalities). Off by
 *                        default: measured here it halves throughput and doubles the heap, and our own
 *                        gazetteers of titles, nationalities and places do that work
 * @param maxSentenceLength sentences longer than this many tokens are not parsed (the parser's cost
 *                        grows fast with length and such "sentences" are usually tables or lists)
 */
public record AnnotatorConfig(boolean fineGrainedNer, int maxSentenceLength) {

    public static final String NAME = "corenlp-4.5.10.v1";

    public static AnnotatorConfig defaults() {
        return new AnnotatorConfig(false, 120);
    }

    public AnnotatorConfig {
        if (maxSentenceLength < 10) {
            throw new IllegalArgumentException("maxSentenceLength must be at least 10, got " + maxSentenceLength);
        }
    }
}
