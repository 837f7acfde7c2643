package org.herodotus.eval;

import org.herodotus.model.Article;
import org.herodotus.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * End-to-end toponym recognition against a geoparsing corpus: the spans a recogniser finds in each
 * article's text against the gold toponyms, one to one, a found span matching a gold one it overlaps.
 */
public final class GeoRecognition {

    private GeoRecognition() {
    }

    /** Precision, recall and F1 of the recogniser's spans (run in parallel: it must be thread-safe). */
    public static Counts score(List<GeoArticle> articles, Function<Article, List<Span>> recogniser) {
        int[] tpFpFn = new int[3];
        articles.parallelStream().forEach(a -> {
            List<Span> found = new ArrayList<>(recogniser.apply(Article.of(a.id(), a.text(), null)));
            int tp = 0;
            int gold = 0;
            for (GeoToponym g : a.toponyms()) {
                gold++;
                Span gs = new Span(g.begin(), g.end());
                for (int i = 0; i < found.size(); i++) {
                    if (found.get(i).overlaps(gs)) {
                        found.remove(i);
                        tp++;
                        break;
                    }
                }
            }
            synchronized (tpFpFn) {
                tpFpFn[0] += tp;
                tpFpFn[1] += found.size();
                tpFpFn[2] += gold - tp;
            }
        });
        return new Counts(tpFpFn[0], tpFpFn[1], tpFpFn[2]);
    }
}
