package org.herodotus.store;

import org.herodotus.model.Article;

/**
 * One row of {@code articles}.
 *
 * @param id          article id, or the input's name when it gave no article
 * @param status      what became of it
 * @param reason      why nothing was coded (null for {@link ArticleStatus#CODED})
 * @param duplicateOf the earlier article with the same text, for {@link ArticleStatus#DUPLICATE_TEXT}
 * @param textHash    SHA-256 of the text, hex; null when there is no text
 * @param input       the input it was read from, when known
 * @param article     the article, or null when the input gave none
 * @param sentences   sentences coded, or null
 * @param mentions    mentions stored
 * @param coder       coder version, for coded articles
 */
record ArticleRow(String id, ArticleStatus status, String reason, String duplicateOf, String textHash, String input,
                  Article article, Integer sentences, int mentions, String coder) {

    static ArticleRow unread(String input, ArticleStatus status, String reason) {
        return new ArticleRow(input, status, reason, null, null, input, null, null, 0, null);
    }
}
