package org.herodotus.cli;

import org.herodotus.ingest.ReadResult;
import org.herodotus.model.Article;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Gathers the articles read from inputs, reporting each bad input on standard error as it comes. */
final class ArticleCollector implements Consumer<ReadResult> {

    private final List<Article> articles = new ArrayList<>();
    private int problems;

    @Override
    public void accept(ReadResult r) {
        if (r instanceof ReadResult.Ok ok) {
            articles.add(ok.article());
        } else if (r instanceof ReadResult.Failed f) {
            problems++;
            System.err.println("herodotus: " + f.problem().message());
        }
    }

    List<Article> articles() {
        return articles;
    }

    int problems() {
        return problems;
    }
}
