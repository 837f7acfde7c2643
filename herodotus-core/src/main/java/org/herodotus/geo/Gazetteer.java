package org.herodotus.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Place names to candidate places: GeoNames populated places of 500+ people, countries, first-level
 * divisions and a hand-made supplement (see {@code docs/sources-geo.md}). Immutable and thread-safe.
 *
 * <p>Names are matched on a key that ignores case, diacritics, punctuation, spacing and Arabic articles
 * ({@code al-Jufra}, {@code Al Jufrah}), then, for names of five letters or more, on a consonant skeleton
 * within a small edit distance ({@code Jafra}, {@code Misurata}).
 */
public final class Gazetteer {

    private static final int MIN_FUZZY_KEY = 5;

    private final PlaceTable places;
    private final KeyIndex names;
    private final KeyIndex skeletons;
    private final Map<String, Integer> countries;
    private final Map<String, Integer> divisions;

    Gazetteer(PlaceTable places, KeyIndex names, KeyIndex skeletons, Map<String, Integer> countries,
              Map<String, Integer> divisions) {
        this.places = places;
        this.names = names;
        this.skeletons = skeletons;
        this.countries = Map.copyOf(countries);
        this.divisions = Map.copyOf(divisions);
    }

    private static final class Default {
        static final Gazetteer INSTANCE = GazetteerLoader.loadResources();
    }

    /**
     * The gazetteer of the files shipped in {@code geo/} on the classpath, read once on first use.
     *
     * @throws GazetteerFormatException when a shipped file is missing or malformed
     */
    public static Gazetteer loadDefault() {
        return Default.INSTANCE;
    }

    /**
     * The places a surface form may name: exact matches of its key first (most populous first), then
     * transliteration variants (closest first). Empty when nothing matches.
     */
    public List<Place> lookup(String surfaceForm) {
        List<Candidate> candidates = candidates(surfaceForm);
        List<Place> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            result.add(c.place());
        }
        return result;
    }

    /** The country with this ISO 3166 alpha-3 code. */
    public Optional<Place> country(String iso3) {
        Integer i = iso3 == null ? null : countries.get(iso3);
        return i == null ? Optional.empty() : Optional.of(places.place(i));
    }

    /** The first-level division that {@code place} lies in, when the gazetteer names it. */
    public Optional<Place> admin1(Place place) {
        if (place.countryIso3() == null || place.admin1() == null) {
            return Optional.empty();
        }
        return admin1(place.countryIso3(), place.admin1());
    }

    /** The first-level division with this GeoNames admin1 code in this country, when the gazetteer names it. */
    public Optional<Place> admin1(String iso3, String admin1Code) {
        Integer i = divisions.get(iso3 + "/" + admin1Code);
        return i == null ? Optional.empty() : Optional.of(places.place(i));
    }

    /** The number of places. */
    public int size() {
        return places.size();
    }

    /** A candidate place for a name and how it matched. */
    record Candidate(Place place, boolean primaryName, int distance) {

        boolean exact() {
            return distance == 0;
        }
    }

    List<Candidate> candidates(String surfaceForm) {
        String key = PlaceNames.key(surfaceForm);
        int id = names.find(key);
        if (id < 0 && (surfaceForm.endsWith("'s") || surfaceForm.endsWith("’s"))) {
            key = PlaceNames.key(surfaceForm.substring(0, surfaceForm.length() - 2));
            id = names.find(key);
        }
        if (key.isEmpty()) {
            return List.of();
        }
        List<Candidate> result = new ArrayList<>();
        int[] exact = id < 0 ? new int[0] : names.values(id);
        for (int i : exact) {
            result.add(candidate(i, key, 0));
        }
        result.sort(Comparator.comparingLong((Candidate c) -> -c.place().population()));
        if (key.length() >= MIN_FUZZY_KEY) {
            result.addAll(variants(key, id, exact));
        }
        return result;
    }

    /** Places whose key shares the skeleton of {@code key} and lies within a small edit distance of it. */
    private List<Candidate> variants(String key, int exactId, int[] exact) {
        Map<Integer, Candidate> best = new HashMap<>();
        int limit = Math.max(2, key.length() / 3);
        for (int keyId : skeletons.values(PlaceNames.skeleton(key))) {
            if (keyId == exactId) {
                continue;
            }
            String variant = names.key(keyId);
            int d = PlaceNames.distance(key, variant, limit);
            if (d <= limit) {
                for (int i : names.values(keyId)) {
                    Candidate known = best.get(i);
                    if (known == null || d < known.distance()) {
                        best.put(i, candidate(i, variant, d));
                    }
                }
            }
        }
        for (int i : exact) {
            best.remove(i);
        }
        List<Candidate> fuzzy = new ArrayList<>(best.values());
        fuzzy.sort(Comparator.comparingInt(Candidate::distance).thenComparingLong(c -> -c.place().population()));
        return fuzzy;
    }

    /** {@code matchedKey}: the key under which the place was found, to tell its primary name from the rest. */
    private Candidate candidate(int index, String matchedKey, int distance) {
        Place place = places.place(index);
        return new Candidate(place, PlaceNames.key(place.name()).equals(matchedKey), distance);
    }
}
