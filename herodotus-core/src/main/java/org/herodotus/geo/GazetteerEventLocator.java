package org.herodotus.geo;

import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Dependency;
import org.herodotus.model.EntityMention;
import org.herodotus.model.Location;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the toponyms of an article (the tagger's locations, and proper nouns that name a region or
 * are coordinated with a place: "the Jufra region", "Sirte and Jafra areas"), resolves them together
 * with the gazetteer, and locates each event by the place its text attaches to it with a locative
 * preposition ("in Tripoli", "near Sirte", "in the vicinity of Sirte"). A place that an event acts on
 * ("demilitarize Sirte") is not where it happened. No centroid fall-back: unknown stays unknown.
 */
final class GazetteerEventLocator implements EventLocator {

    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "around", "across",
            "throughout", "within", "outside_of", "near_to", "close_to", "off", "along");
    private static final Set<String> PLACE_NOUNS = Set.of("region", "area", "city", "town", "district", "province",
            "governorate", "village", "port", "base", "capital", "oasis", "basin", "field", "crossing");

    private final ArticleResolver resolver;

    GazetteerEventLocator(Gazetteer gazetteer) {
        this.resolver = new ArticleResolver(gazetteer, ToponymResolver.standard(gazetteer));
    }

    @Override
    public ArticlePlaces locate(AnnotatedArticle doc) {
        List<Span> spans = toponyms(doc);
        List<String> names = spans.stream().map(doc::text).toList();
        List<Optional<ResolvedPlace>> resolved = resolver.resolveAll(names);
        List<Location> locations = new ArrayList<>();
        Map<Integer, Location> byTokenBegin = new HashMap<>();
        for (int i = 0; i < spans.size(); i++) {
            if (resolved.get(i).isEmpty()) {
                continue;
            }
            Place p = resolved.get(i).get().place();
            Location l = new Location(p.name(), p.countryIso3(), p.admin1(), p.lat(), p.lon(),
                    Math.max(0, p.geonamesId()), p.precision().toModel(), spans.get(i));
            locations.add(l);
            byTokenBegin.put(spans.get(i).begin(), l);
        }
        return new Places(doc, List.copyOf(locations), byTokenBegin);
    }

    private static List<Span> toponyms(AnnotatedArticle doc) {
        List<Span> out = new ArrayList<>();
        for (EntityMention m : doc.entities()) {
            if (m.type().equals("LOCATION")) {
                out.add(m.span());
            }
        }
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (t.isProperNoun() && !t.ner().equals("LOCATION") && namesAPlace(s, t.index())
                        && out.stream().noneMatch(sp -> sp.overlaps(t.span()))) {
                    out.add(t.span());
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** A proper noun that modifies a place noun, or is coordinated with a tagged location or such a noun. */
    private static boolean namesAPlace(Sentence s, int t) {
        for (Dependency d : s.parents(t)) {
            if (d.governor() < 0) {
                continue;
            }
            Token g = s.token(d.governor());
            if (d.relation().equals("compound") && PLACE_NOUNS.contains(g.lemma())) {
                return true;
            }
            if (d.relation().startsWith("conj") && (g.ner().equals("LOCATION") || PLACE_NOUNS.contains(g.lemma())
                    || s.parents(g.index()).stream().anyMatch(p -> p.relation().equals("compound") && p.governor() >= 0
                    && PLACE_NOUNS.contains(s.token(p.governor()).lemma())))) {
                return true;
            }
        }
        return false;
    }

    private record Places(AnnotatedArticle doc, List<Location> toponyms, Map<Integer, Location> byTokenBegin)
            implements ArticlePlaces {

        @Override
        public Location forEvent(int sentence, int anchor) {
            Sentence s = doc.sentence(sentence);
            Location here = below(s, anchor, 2);
            if (here != null) {
                return here;
            }
            for (Dependency up : s.parents(anchor)) {
                if (up.governor() >= 0 && (up.relation().startsWith("conj") || up.relation().startsWith("xcomp"))) {
                    return below(s, up.governor(), 2);
                }
            }
            return null;
        }

        /** A place under a locative preposition of the token, or of the noun such a preposition introduces. */
        private Location below(Sentence s, int token, int depth) {
            for (Dependency d : s.children(token)) {
                String base = d.baseRelation();
                if ((base.equals("obl") || base.equals("nmod")) && LOCATIVE.contains(d.subtype())) {
                    Location l = at(s, d.dependent());
                    if (l != null) {
                        return l;
                    }
                    if (depth > 1) {
                        Location deeper = belowOf(s, d.dependent());
                        if (deeper != null) {
                            return deeper;
                        }
                        Location inner = below(s, d.dependent(), depth - 1);
                        if (inner != null) {
                            return inner;
                        }
                    }
                }
            }
            return null;
        }

        /** "in the vicinity of Sirte", "in the east of Libya". */
        private Location belowOf(Sentence s, int noun) {
            for (Dependency d : s.children(noun)) {
                if (d.relation().equals("nmod:of")) {
                    return at(s, d.dependent());
                }
            }
            return null;
        }

        private Location at(Sentence s, int token) {
            Location l = byTokenBegin.get(s.token(token).begin());
            if (l != null) {
                return l;
            }
            for (Location candidate : toponyms) {
                if (candidate.span().contains(s.token(token).span())) {
                    return candidate;
                }
            }
            return null;
        }
    }
}
