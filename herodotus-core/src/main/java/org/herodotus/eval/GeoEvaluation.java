package org.herodotus.eval;

import org.herodotus.geo.ArticleResolver;
import org.herodotus.geo.Gazetteer;
import org.herodotus.geo.Place;
import org.herodotus.geo.ResolvedPlace;
import org.herodotus.geo.ToponymResolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Geocoding given gold spans: each gold toponym's text is resolved with the article's other toponyms as
 * context ({@link ArticleResolver}), and the chosen place is compared with the gold coordinates. A toponym
 * is correct when the place lies within {@value #CORRECT_KM} km (100 miles) of them, the usual threshold of
 * geoparsing evaluations; one left unresolved counts as wrong and does not enter the mean error.
 * Stateless; thread-safe when the resolver is.
 */
public final class GeoEvaluation {

    /** The distance within which a resolved place counts as correct. */
    public static final double CORRECT_KM = 161;

    private final ArticleResolver articleResolver;

    public GeoEvaluation(Gazetteer gazetteer, ToponymResolver resolver) {
        this.articleResolver = new ArticleResolver(gazetteer, resolver);
    }

    public GeoEvaluationResult evaluate(List<GeoArticle> articles) {
        int n = 0;
        int resolved = 0;
        int correct = 0;
        double errorKm = 0;
        for (GeoArticle article : articles) {
            List<String> names = new ArrayList<>(article.toponyms().size());
            for (GeoToponym t : article.toponyms()) {
                names.add(t.text());
            }
            List<Optional<ResolvedPlace>> places = articleResolver.resolveAll(names);
            for (int i = 0; i < names.size(); i++) {
                GeoToponym gold = article.toponyms().get(i);
                n++;
                if (places.get(i).isPresent()) {
                    Place p = places.get(i).get().place();
                    double km = Place.haversineKm(p.lat(), p.lon(), gold.lat(), gold.lon());
                    resolved++;
                    errorKm += km;
                    if (km <= CORRECT_KM) {
                        correct++;
                    }
                }
            }
        }
        return new GeoEvaluationResult(n, resolved, correct, n == 0 ? 0 : (double) correct / n,
                resolved == 0 ? 0 : errorKm / resolved);
    }
}
