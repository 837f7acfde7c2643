package org.herodotus.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.herodotus.model.Article;
import org.herodotus.model.Event;

/**
 * Codes every scored gold record with a coder and scores the result: the entry point of
 * {@code herodotus eval}. Each record becomes {@code Article.of(id, text, date)}. A coder that throws on
 * one record does not stop the run: the failure is collected (the first {@link #MAX_ERRORS} kept) and
 * the record's gold counts as missed.
 */
public final class Evaluator {

    /** How many coder failures a report keeps. */
    public static final int MAX_ERRORS = 100;

    private final IntConsumer progress;

    /** An evaluator that reports no progress. */
    public Evaluator() {
        this(done -> { });
    }

    /**
     * @param progress called after each gold record with the number of records done so far (records the
     *                 gold marks as not scored are skipped, and counted)
     */
    public Evaluator(IntConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Codes the scored records of {@code gold} with {@code coder} and scores its events. */
    public Report evaluate(List<GoldArticle> gold, Function<Article, List<Event>> coder) {
        Map<String, List<Event>> predicted = new HashMap<>();
        List<Report.ArticleError> errors = new ArrayList<>();
        int failed = 0;
        int done = 0;
        for (GoldArticle g : gold) {
            if (g.scored()) {
                try {
                    List<Event> events = coder.apply(Article.of(g.id(), g.text(), g.date()));
                    predicted.put(g.id(), events == null ? List.of() : List.copyOf(events));
                } catch (RuntimeException e) {
                    failed++;
                    if (errors.size() < MAX_ERRORS) {
                        errors.add(new Report.ArticleError(g.id(), e.getClass().getSimpleName() + ": " + e.getMessage()));
                    }
                }
            }
            progress.accept(++done);
        }
        return EventScorer.score(gold, predicted).withErrors(failed, errors);
    }
}
