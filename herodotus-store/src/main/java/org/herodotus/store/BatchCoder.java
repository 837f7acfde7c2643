package org.herodotus.store;

import org.herodotus.model.Article;
import org.herodotus.pipeline.CodedArticle;

import java.util.List;
import java.util.function.Consumer;

/**
 * Codes a batch of articles, handing each result to {@code sink} in input order. The command line wraps
 * {@link org.herodotus.pipeline.Pipeline#codeAll}; tests pass a lambda that builds events by hand.
 */
@FunctionalInterface
public interface BatchCoder {

    void codeAll(List<Article> articles, Consumer<CodedArticle> sink);
}
