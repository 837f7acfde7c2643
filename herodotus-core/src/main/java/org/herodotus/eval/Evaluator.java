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
        return evaluatePredictions(gold, a -> new Prediction(coder.apply(a), null));
    }

    /**
     * Codes every scored record (in parallel: the coder must be thread-safe) and scores the predictions.
     * A record whose coding throws is counted as failed, its gold as missed.
     */
    public Report evaluatePredictions(List<GoldArticle> gold, Function<Article, Prediction> coder) {
        Map<String, List<Event>> predicted = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, String> mainRoots = new java.util.concurrent.ConcurrentHashMap<>();
        List<Report.ArticleError> errors = java.util.Collections.synchronizedList(new ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger failed = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        gold.parallelStream().forEach(g -> {
            if (g.scored()) {
                try {
                    Prediction p = coder.apply(Article.of(g.id(), g.text(), g.date()));
                    predicted.put(g.id(), p == null ? List.of() : p.events());
                    if (p != null && p.mainRoot() != null) {
                        mainRoots.put(g.id(), p.mainRoot());
                    }
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    synchronized (errors) {
                        if (errors.size() < MAX_ERRORS) {
                            errors.add(new Report.ArticleError(g.id(), e.getClass().getSimpleName() + ": "
                                    + e.getMessage()));
                        }
                    }
                }
            }
            synchronized (this) {
                progress.accept(done.incrementAndGet());
            }
        });
        errors.sort(java.util.Comparator.comparing(Report.ArticleError::articleId));
        return EventScorer.score(gold, predicted, mainRoots).withErrors(failed.get(), List.copyOf(errors));
    }
}
