package org.herodotus.annotate;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Article;

/**
 * The linguistic annotation stage: splits an article into sentences and tokens, tags them, parses
 * them and finds named entities and time expressions.
 *
 * <p>Implementations are thread-safe: one instance serves every thread of a batch.
 */
@FunctionalInterface
public interface Annotator {

    AnnotatedArticle annotate(Article article);
}
