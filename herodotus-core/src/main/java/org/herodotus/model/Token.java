package org.herodotus.model;

/**
 * A token of a sentence.
 *
 * @param index  0-based position in its sentence
 * @param span   offsets into the article text
 * @param word   the surface form as the tokenizer normalised it (quotes, brackets); for the exact
 *               characters use {@code span.of(article.text())}
 * @param lemma  lemma, lower case
 * @param pos    Penn Treebank part-of-speech tag
 * @param ner    coarse named-entity tag ({@code PERSON}, {@code LOCATION}, {@code ORGANIZATION},
 *               {@code MISC}, {@code DATE}, ...) or {@code O}
 */
public record Token(int index, Span span, String word, String lemma, String pos, String ner) {

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public boolean isVerb() {
        return pos.startsWith("VB");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    public boolean isProperNoun() {
        return pos.startsWith("NNP");
    }

    public boolean isPronoun() {
        return pos.startsWith("PRP");
    }
}
