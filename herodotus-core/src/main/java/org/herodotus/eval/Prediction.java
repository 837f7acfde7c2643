package org.herodotus.eval;

import org.herodotus.coding.Trigger;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.pipeline.CodedArticle;
import org.herodotus.pipeline.Pipeline;

import java.util.Comparator;
import java.util.List;

/**
 * What a coder predicts for one gold record: its events, and for PentaClass the CAMEO root of the
 * sentence's main trigger (null when it has none), which decides the class even where no dyad could be
 * coded.
 */
public record Prediction(List<Event> events, String mainRoot) {

    public Prediction {
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** Codes a gold record's text with the pipeline; an empty text predicts nothing. */
    public static Prediction code(Pipeline pipeline, Article article) {
        return article.text().isBlank() ? new Prediction(List.of(), null) : of(pipeline.code(article));
    }

    /**
     * The prediction of a coded article: for PentaClass, the root of its trigger nearest the root of
     * the parse; for a statement ("X said that Y attacked"), the event of its complement right below it.
     * A failed article is an error, not an empty prediction.
     */
    public static Prediction of(CodedArticle coded) {
        if (!coded.ok()) {
            throw new IllegalStateException(coded.problem());
        }
        List<Trigger> all = coded.triggers().stream().sorted(Comparator.comparingInt(Trigger::depth)).toList();
        List<Trigger> content = all.stream().filter(t -> !t.code().root().equals("01")).toList();
        Trigger top = all.isEmpty() ? null : all.get(0);
        if (top != null && top.code().root().equals("01") && !content.isEmpty()
                && content.get(0).depth() <= top.depth() + 1) {
            top = content.get(0);
        }
        return new Prediction(coded.events(), top == null ? null : top.code().root());
    }
}
