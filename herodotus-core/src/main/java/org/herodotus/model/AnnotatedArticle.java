package org.herodotus.model;

import java.util.List;

/**
 * An article after linguistic annotation: sentences with tokens and parses, entity mentions and
 * normalised time expressions. Produced by the {@code annotate} stage; read by every later stage.
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<EntityMention> entities,
                               List<TimeMention> times) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index());
            }
            if (sentences.get(i).span().end() > article.text().length()) {
                throw new IllegalArgumentException("sentence " + i + " ends past the article text");
            }
        }
    }

    public String text() {
        return article.text();
    }

    public String text(Span span) {
        return span.of(article.text());
    }

    public Sentence sentence(int i) {
        return sentences.get(i);
    }
}
