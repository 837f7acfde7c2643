package org.herodotus.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves all toponyms of one article together, in two passes: each distinct name alone, then each again
 * with the article as context: the others' places, and as focus the countries those places lie in,
 * weighted by how often they occur (the name's own mentions left out, so that a first guess does not
 * confirm itself). The same name gets the same place throughout an article. Thread-safe when its resolver is.
 */
public final class ArticleResolver {

    /** How many of a name's candidates, most populous first, count as places the article may be about. */
    private static final int POSSIBLE_PER_NAME = 3;

    private final Gazetteer gazetteer;
    private final ToponymResolver resolver;

    public ArticleResolver(Gazetteer gazetteer, ToponymResolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    /** The place of each toponym, in the order given; empty where none is plausible. */
    public List<Optional<ResolvedPlace>> resolveAll(List<String> toponyms) {
        Map<String, Integer> mentions = new LinkedHashMap<>();
        for (String t : toponyms) {
            mentions.merge(t, 1, Integer::sum);
        }
        Map<String, Optional<ResolvedPlace>> first = new HashMap<>();
        for (String name : mentions.keySet()) {
            first.put(name, resolver.resolve(name, GeoContext.NONE));
        }
        Map<String, List<Place>> possible = new HashMap<>();
        for (String name : mentions.keySet()) {
            List<Place> candidates = gazetteer.lookup(name);
            possible.put(name, candidates.subList(0, Math.min(POSSIBLE_PER_NAME, candidates.size())));
        }
        Map<String, Optional<ResolvedPlace>> second = new HashMap<>();
        for (String name : mentions.keySet()) {
            second.put(name, resolver.resolve(name, contextFor(name, mentions, first, possible)));
        }
        List<Optional<ResolvedPlace>> result = new ArrayList<>(toponyms.size());
        for (String t : toponyms) {
            result.add(second.get(t));
        }
        return result;
    }

    private static GeoContext contextFor(String name, Map<String, Integer> mentions,
                                         Map<String, Optional<ResolvedPlace>> resolved,
                                         Map<String, List<Place>> possible) {
        Map<String, Double> counts = new HashMap<>();
        List<Place> places = new ArrayList<>();
        List<Place> possiblePlaces = new ArrayList<>();
        String key = PlaceNames.key(name);
        for (Map.Entry<String, Integer> e : mentions.entrySet()) {
            if (PlaceNames.key(e.getKey()).equals(key)) {
                continue;
            }
            possiblePlaces.addAll(possible.get(e.getKey()));
            Optional<ResolvedPlace> r = resolved.get(e.getKey());
            if (r.isEmpty()) {
                continue;
            }
            Place place = r.get().place();
            places.add(place);
            if (place.countryIso3() != null) {
                counts.merge(place.countryIso3(), e.getValue() * r.get().score(), Double::sum);
            }
        }
        double max = counts.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        Map<String, Double> focus = new HashMap<>();
        counts.forEach((iso3, n) -> focus.put(iso3, n / max));
        return new GeoContext(focus, places, possiblePlaces);
    }
}
