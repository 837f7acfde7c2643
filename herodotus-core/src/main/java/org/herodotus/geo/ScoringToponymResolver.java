package org.herodotus.geo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standard {@link ToponymResolver}: scores every candidate of the gazetteer on a log scale and keeps
 * the best. Evidence, in score points: the kind of place (a country or a division is what a bare name
 * most often means), population (0.6 per factor of ten), a match on the primary rather than an alternate
 * name, a penalty for transliteration matches, the weight of the place's country among the article's
 * focus countries, lying in a division the article names, and proximity to the article's other places.
 */
final class ScoringToponymResolver implements ToponymResolver {

    private static final double POPULATION = 0.6;
    private static final double PRIMARY_NAME = 1.0;
    private static final double VARIANT = 3.0;
    private static final double VARIANT_PER_EDIT = 0.5;
    private static final double FOCUS = 2.5;
    private static final double IN_NAMED_DIVISION = 2.0;
    private static final double CONTAINS_NAMED_PLACE = 1.0;
    private static final double NEAR = 1.0;
    private static final double NEAR_KM = 250;
    private static final double NEAR_POSSIBLE = 1.0;
    /** A transliteration match scoring below this is not a plausible reading. */
    private static final double MIN_VARIANT_SCORE = 0.0;
    /** The score at which an unopposed candidate gets confidence 0.5. */
    private static final double CONFIDENCE_MIDPOINT = 2.0;
    private static final double VARIANT_CONFIDENCE = 0.7;
    /** A division named like a city of a million or more in it usually stands for the city (New York). */
    private static final long WORLD_CITY = 1_000_000;
    private static final double DIVISION_OF_WORLD_CITY = 3.0;

    /** Prior of each kind of place; continents and oceans have no population to speak for them. */
    private static final Map<String, Double> KIND = Map.ofEntries(
            Map.entry("CONT", 7.0), Map.entry("OCN", 7.0), Map.entry("PCLI", 3.0), Map.entry("ADM1", 2.0),
            Map.entry("PPLC", 2.0), Map.entry("PPLA", 1.5), Map.entry("PPLG", 1.5), Map.entry("PPLA2", 0.7),
            Map.entry("PPLX", -0.5),
            Map.entry("RGN", 1.5), Map.entry("PEN", 1.5), Map.entry("PLAT", 1.5), Map.entry("GULF", 1.5),
            Map.entry("SEA", 1.5), Map.entry("STRT", 1.5), Map.entry("CNL", 1.5), Map.entry("MTS", 1.0),
            Map.entry("AIRB", 1.0), Map.entry("AIRP", 1.0), Map.entry("CRSG", 1.0), Map.entry("OILF", 1.0),
            Map.entry("PRT", 1.0), Map.entry("MILB", 1.0), Map.entry("CMP", 1.0), Map.entry("INSM", 1.0));

    private final Gazetteer gazetteer;

    ScoringToponymResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<ResolvedPlace> resolve(String surfaceForm, GeoContext context) {
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(surfaceForm);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        double[] scores = new double[candidates.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = score(candidates.get(i), context);
            if (isDivisionOfWorldCity(candidates.get(i), candidates)) {
                scores[i] -= DIVISION_OF_WORLD_CITY;
            }
        }
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        Gazetteer.Candidate chosen = candidates.get(best);
        if (!chosen.exact() && scores[best] < MIN_VARIANT_SCORE) {
            return Optional.empty();
        }
        double total = 0;
        for (double s : scores) {
            total += Math.exp(s - scores[best]);
        }
        double confidence = (1 / total) / (1 + Math.exp(CONFIDENCE_MIDPOINT - scores[best]));
        if (!chosen.exact()) {
            confidence *= VARIANT_CONFIDENCE;
        }
        return Optional.of(new ResolvedPlace(chosen.place(), confidence));
    }

    private static boolean isDivisionOfWorldCity(Gazetteer.Candidate division, List<Gazetteer.Candidate> candidates) {
        Place d = division.place();
        if (d.precision() != Precision.ADMIN1 || d.admin1() == null) {
            return false;
        }
        for (Gazetteer.Candidate c : candidates) {
            Place p = c.place();
            if (c.exact() && p.precision() == Precision.PLACE && p.population() >= WORLD_CITY
                    && d.admin1().equals(p.admin1()) && d.countryIso3().equals(p.countryIso3())) {
                return true;
            }
        }
        return false;
    }

    double score(Gazetteer.Candidate candidate, GeoContext context) {
        Place p = candidate.place();
        double score = KIND.getOrDefault(p.featureCode(), 0.0) + POPULATION * Math.log10(p.population() + 1.0);
        if (candidate.primaryName()) {
            score += PRIMARY_NAME;
        }
        if (!candidate.exact()) {
            score -= VARIANT + VARIANT_PER_EDIT * candidate.distance();
        }
        score += FOCUS * context.weight(p.countryIso3());
        return score + contextEvidence(p, context.places()) + NEAR_POSSIBLE * nearness(p, context.possiblePlaces());
    }

    /** exp(-d / NEAR_KM) for the nearest of {@code others} that is a site rather than an area, or 0. */
    private static double nearness(Place p, List<Place> others) {
        double near = 0;
        for (Place other : others) {
            if (other.geonamesId() != p.geonamesId() && other.precision() == Precision.PLACE) {
                near = Math.max(near, Math.exp(-p.distanceKm(other) / NEAR_KM));
            }
        }
        return near;
    }

    private static double contextEvidence(Place p, List<Place> others) {
        double near = 0;
        boolean inNamedDivision = false;
        boolean containsNamedPlace = false;
        for (Place other : others) {
            if (other.geonamesId() == p.geonamesId()) {
                continue;
            }
            Precision precision = other.precision();
            boolean sameDivision = p.admin1() != null && p.admin1().equals(other.admin1())
                    && p.countryIso3() != null && p.countryIso3().equals(other.countryIso3());
            if (precision == Precision.ADMIN1 && sameDivision && p.precision() == Precision.PLACE) {
                inNamedDivision = true;
            } else if (precision == Precision.PLACE) {
                if (sameDivision && p.precision() == Precision.ADMIN1) {
                    containsNamedPlace = true;
                }
                near = Math.max(near, Math.exp(-p.distanceKm(other) / NEAR_KM));
            }
        }
        return NEAR * near + (inNamedDivision ? IN_NAMED_DIVISION : 0)
                + (containsNamedPlace ? CONTAINS_NAMED_PLACE : 0);
    }
}
