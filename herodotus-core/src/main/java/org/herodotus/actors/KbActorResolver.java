package org.herodotus.actors;

import org.herodotus.model.Actor;
import org.herodotus.model.ActorMention;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Dependency;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves actors against a {@link KnowledgeBase}: longest phrase match over normalised tokens,
 * transliteration-tolerant fuzzy match of surnames, composition of a country word with sector words
 * over the noun phrase of the parse ("Turkish Defense Minister", "Turkey's ambassador",
 * "Haftar's forces"), capitals as metonyms for governments, and third-person pronouns resolved to
 * the last person who was the subject of a sentence.
 */
final class KbActorResolver implements ActorResolver {

    /** Relations that stay inside a noun phrase when collecting its words. */
    private static final Set<String> NP_RELATIONS = Set.of("compound", "amod", "flat", "nmod:poss", "appos",
            "nmod:of", "compound:prt", "nmod:for");
    /** Relations by which a modifier names the head itself rather than who it belongs to. */
    private static final Set<String> NAMING = Set.of("self", "compound", "flat", "appos");
    /** Prepositions by which a clause places its subject: "demonstrated in Kirkuk", "throughout Indonesia". */
    private static final Set<String> PLACING = Set.of("in", "throughout", "across", "at");
    private static final Set<String> OTHER_PARTY = Set.of("party", "side", "camp");
    /** Relations by which an agent is placed in a country: "lawmakers in Fornost", "rebels from Chad". */
    private static final Set<String> IN_COUNTRY = Set.of("nmod:in", "nmod:from", "nmod:throughout", "nmod:across");
    /** Common nouns that a place name follows or names: "the city of Nablus", "Tyumen region". */
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "region", "district",
            "state", "capital", "port", "county", "municipality", "area");
    private static final double FUZZY_THRESHOLD = 0.75;
    private static final double FUZZY_SURE = 0.9;

    private final KnowledgeBase kb;
    private final PlaceCountries places;

    KbActorResolver(KnowledgeBase kb, PlaceCountries places) {
        this.kb = kb;
        this.places = places;
    }

    /** A phrase match placed in a sentence, with how sure the match is. */
    /** Relations of a word inside a longer name ("Prime" in "Bree Prime Minister Romendacil"). */
    private static final Set<String> INSIDE_NAME = Set.of("compound", "amod", "flat", "nmod:poss");

    private record Placed(PhraseIndex.Match match, double score, String via) {
    }

    /** An NP word that carries a match, with the relation that links it to the head. */
    private record Reached(int token, String relation, Placed placed) {
    }

    @Override
    public ResolvedActors resolve(AnnotatedArticle doc) {
        LocalDate date = doc.article().published();
        Map<Long, List<Actor>> byHead = new HashMap<>();
        List<ActorMention> mentions = new ArrayList<>();
        Antecedents persons = new Antecedents();
        Set<String> seenEntities = new HashSet<>();
        Map<String, Actor> namedByCode = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            Placed[] placed = match(s, seenEntities, doc.text());
            Set<Integer> covered = new HashSet<>();
            for (Token t : s.tokens()) {
                List<Actor> actors = compose(doc, s, t.index(), placed, date, persons, covered);
                if (actors.isEmpty()) {
                    continue;
                }
                actors = described(actors, t, namedByCode);
                byHead.put(ResolvedActors.key(s.index(), t.index()), actors);
                boolean subject = s.parents(t.index()).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
                for (Actor a : actors) {
                    if (a.kbId() != null) {
                        seenEntities.add(a.kbId());
                        if (kb.entity(a.kbId()).map(Entity::isPerson).orElse(false) && !a.sectors().isEmpty()) {
                            namedByCode.put(a.code(), a);
                        }
                    }
                    if (!"pronoun".equals(a.via())) {
                        persons.add(a, personLike(a, t), subject);
                    }
                }
            }
            for (Token t : s.tokens()) {
                if (byHead.containsKey(ResolvedActors.key(s.index(), t.index())) && !covered.contains(t.index())) {
                    for (Actor a : byHead.get(ResolvedActors.key(s.index(), t.index()))) {
                        mentions.add(new ActorMention(s.index(), t.index(), a));
                    }
                }
            }
        }
        return new ResolvedActors(byHead, mentions);
    }

    /**
     * A description of a person named earlier in the article ("the German foreign minister" after
     * "Heiko Maas", "the Turkish and Qatari ministers" after their names) is linked to that person when
     * the codes agree: one person per actor, so a plural head links only when it stands for several
     * countries.
     */
    private static List<Actor> described(List<Actor> actors, Token head, Map<String, Actor> namedByCode) {
        boolean individual = head.pos().equals("NN") || head.pos().equals("NNS") && actors.size() > 1;
        if (!individual || namedByCode.isEmpty()) {
            return actors;
        }
        List<Actor> out = new ArrayList<>(actors.size());
        for (Actor a : actors) {
            Actor named = a.kbId() == null && "composed".equals(a.via()) ? namedByCode.get(a.code()) : null;
            out.add(named == null ? a : new Actor(a.span(), a.code(), a.country(), a.sectors(), named.kbId(),
                    named.name(), a.score() * 0.9, "description"));
        }
        return out;
    }

    private boolean personLike(Actor a, Token head) {
        if (a.kbId() != null) {
            return kb.entity(a.kbId()).map(Entity::isPerson).orElse(false);
        }
        return "composed".equals(a.via()) && (head.pos().equals("NN") || head.pos().equals("NNP"))
                && !a.sectors().isEmpty();
    }

    /** A party that leads ("the Vietnamese-led forces", "a US-led coalition"): the word is the party's. */
    private static final java.util.regex.Pattern LED = java.util.regex.Pattern.compile("(?i)(?<=\\p{L})-led$");

    /** Greedy longest matches left to right, then fuzzy surname matches on the proper nouns left. */
    private Placed[] match(Sentence s, Set<String> seenEntities, String text) {
        List<String> keys = new ArrayList<>(s.size());
        List<String> lemmaKeys = new ArrayList<>(s.size());
        for (Token t : s.tokens()) {
            String surface = LED.matcher(t.span().of(text)).replaceFirst("");   // "Vietnamese-led forces"
            String k = t.word().equals("'s") || t.word().equals("\u2019s") ? "s" : Names.key(surface);
            keys.add(k);
            boolean modifier = s.parents(t.index()).stream().anyMatch(d -> d.relation().equals("compound")
                    && d.governor() > t.index());   // "rights" in "human rights activists"
            lemmaKeys.add(t.pos().equals("NNS") && !modifier ? Names.key(t.lemma()) : k);
        }
        Placed[] placed = new Placed[s.size()];
        for (int i = 0; i < s.size(); ) {
            PhraseIndex.Match m = longer(kb.index().longest(keys, i), kb.index().longest(lemmaKeys, i));
            if (m == null || !plausible(s, m)) {
                i++;
                continue;
            }
            Placed p = new Placed(m, 0.95, "name");
            for (int j = m.from(); j < m.to(); j++) {
                placed[j] = p;
            }
            i = m.to();
        }
        for (Token t : s.tokens()) {
            boolean firstName = t.index() + 1 < s.size() && s.token(t.index() + 1).isProperNoun();
            if (placed[t.index()] == null && t.isProperNoun() && !"LOCATION".equals(t.ner()) && !firstName) {
                int given = t.index() - 1;   // "John Smith" is not Ian Smith
                boolean otherGivenName = given >= 0 && s.token(given).isProperNoun() && placed[given] == null;
                fuzzy(keys.get(t.index()), seenEntities)
                        .filter(p -> !otherGivenName || nameWords(p.entity).contains(keys.get(given)))
                        .ifPresent(p -> placed[t.index()] = new Placed(new PhraseIndex.Match(t.index(), t.index() + 1,
                                List.of(new Anchor.EntityName(p.entity))), p.score, "fuzzy"));
            }
        }
        return placed;
    }

    /** Plural nouns match as written ("forces") or by their lemma ("ministers" as "minister"). */
    private static PhraseIndex.Match longer(PhraseIndex.Match surface, PhraseIndex.Match lemma) {
        if (surface == null) {
            return lemma;
        }
        return lemma != null && lemma.to() > surface.to() ? lemma : surface;
    }

    /**
     * A lower-case single word matches only as a sector or country word, not as a name: "iSrael" is
     * Israel, whose dictionary entity shares the country's name, but "hope" is no one called Hope.
     */
    private static boolean plausible(Sentence s, PhraseIndex.Match m) {
        if (m.to() - m.from() > 1) {
            return true;
        }
        Token t = s.token(m.from());
        boolean lower = Character.isLowerCase(t.word().charAt(0));
        return !lower || m.anchors().stream().anyMatch(a -> !(a instanceof Anchor.EntityName));
    }

    private record Fuzzy(Entity entity, double score) {
    }

    /** The words of an entity's name and aliases, as matching keys. */
    private static Set<String> nameWords(Entity e) {
        Set<String> out = new HashSet<>(Names.keys(e.name()));
        e.aliases().forEach(a -> out.addAll(Names.keys(a)));
        return out;
    }

    private java.util.Optional<Fuzzy> fuzzy(String key, Set<String> seenEntities) {
        if (key.length() < 4) {
            return java.util.Optional.empty();
        }
        String skel = Names.skeleton(key);
        Fuzzy best = null;
        for (Map.Entry<String, List<Entity>> e : kb.surnames().entrySet()) {
            String cand = e.getKey();
            if (Math.abs(cand.length() - key.length()) > 2 || cand.charAt(0) != key.charAt(0)) {
                continue;
            }
            double sim = Names.similarity(key, cand);
            if (Names.skeleton(cand).equals(skel)) {
                sim = Math.max(sim, 0.8);
            }
            for (Entity ent : e.getValue()) {
                boolean seen = seenEntities.contains(ent.id());
                double score = seen ? Math.min(1, sim + 0.1) : sim;
                if (score >= FUZZY_THRESHOLD && (seen || sim >= FUZZY_SURE) && (best == null || score > best.score)) {
                    best = new Fuzzy(ent, Math.min(score, 0.9));
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }

    private List<Actor> compose(AnnotatedArticle doc, Sentence s, int head, Placed[] placed, LocalDate date,
                                Antecedents persons, Set<Integer> covered) {
        Token h = s.token(head);
        if (h.isPronoun()) {
            Actor ante = h.pos().equals("PRP$") ? null : persons.of(h.word());
            return ante == null ? List.of() : List.of(withSpan(ante, h.span(), 0.8, "pronoun"));
        }
        if (!h.isNoun() && !h.pos().startsWith("JJ")) {
            return List.of();
        }
        if (OTHER_PARTY.contains(h.lemma()) && s.children(head).stream()
                .anyMatch(d -> d.relation().equals("amod") && s.token(d.dependent()).lemma().equals("other"))) {
            Actor other = persons.otherParty();
            return other == null ? List.of() : List.of(withSpan(other, s.span(head - 1 >= 0
                    && s.token(head - 1).lemma().equals("other") ? head - 1 : head, head), 0.7, "description"));
        }
        List<Reached> reached = collect(s, head, placed);
        Actor pronounOwner = possessivePronoun(s, head, persons);
        if (reached.isEmpty() && pronounOwner == null) {
            return List.of();
        }
        Reached named = null;
        Reached possessor = null;
        List<Reached> countries = new ArrayList<>();
        List<String> sectors = new ArrayList<>();
        List<Reached> namers = new ArrayList<>();
        for (Reached r : reached) {
            for (Anchor a : r.placed.match.anchors()) {
                if (a instanceof Anchor.EntityName && NAMING.contains(r.relation) && !namers.contains(r)) {
                    namers.add(r);
                }
                if (a instanceof Anchor.EntityName && NAMING.contains(r.relation) && named == null) {
                    named = r;
                } else if (a instanceof Anchor.EntityName && possessor == null) {
                    possessor = r;
                } else if (a instanceof Anchor.CountryWord && !countries.contains(r)) {
                    countries.add(r);
                } else if (a instanceof Anchor.AgentWord ag && (NAMING.contains(r.relation) || r.relation.equals("amod"))) {
                    for (String sec : ag.sectors()) {
                        if (!sectors.contains(sec)) {
                            sectors.add(sec);
                        }
                    }
                }
            }
        }
        markCovered(s, head, covered);
        if (named != null && "fuzzy".equals(named.placed.via) && !countries.isEmpty()) {
            String known = entityOf(named.placed.match).roleOn(date).map(r -> r.code().substring(0, Math.min(3,
                    r.code().length()))).orElse("");
            boolean agrees = countries.stream().flatMap(r -> r.placed.match.anchors().stream())
                    .anyMatch(a -> a instanceof Anchor.CountryWord cw && cw.country().iso3().equals(known));
            if (!agrees) {   // "Iraqi Foreign Minister Hassan al-Jaberi" is not a look-alike Moroccan
                named = null;
            }
        }
        if (named != null) {
            List<String> titles = List.copyOf(sectors);
            Span np = npSpan(s, head, reached);
            List<Actor> out = new ArrayList<>();
            for (Reached r : coordinated(s, namers, named)) {   // "Eriadori and Calenardhon leaders": each
                Placed p = r.placed;
                Entity e = entityOf(p.match);
                e.roleOn(date).ifPresent(role -> role.codes().forEach(code ->
                        out.add(withTitles(actor(s, e, codeOn(e, code, date), p), titles, np))));
            }
            return out;
        }
        Span span = npSpan(s, head, reached);
        if (possessor != null && !sectors.isEmpty()) {
            Entity e = entityOf(possessor.placed.match);
            String country = e.roleOn(date).map(r -> r.code().substring(0, 3)).orElse(null);
            if (country != null && kb.country(country).isPresent()) {
                return List.of(new Actor(span, country + String.join("", sectors), country, sectors, null,
                        kb.country(country).get().name(), 0.85, "composed"));
            }
        }
        if (named == null && possessor == null && sectors.isEmpty() && ethnic(s, head)) {
            Actor located = ethnicGroup(s, head, span);
            if (located != null) {
                return List.of(located);
            }
        }
        List<Actor> out = new ArrayList<>();
        if (countries.isEmpty() && pronounOwner != null && pronounOwner.country() != null) {
            String c = pronounOwner.country();
            out.add(new Actor(span, c + String.join("", sectors), c, sectors, null, kb.country(c)
                    .map(Country::name).orElse(c), 0.7, "pronoun"));
            return out;
        }
        if (countries.isEmpty() && !sectors.isEmpty() && possessor == null) {
            List<Actor> inCountries = countriesNamedIn(s, head, placed, sectors, span, date);
            if (!inCountries.isEmpty()) {
                return inCountries;
            }
            Actor located = locatedAgent(s, head, sectors, span);
            if (located != null) {
                return List.of(located);
            }
            if (countries.isEmpty() && named == null && s.token(head).isProperNoun() && placed[head] == null) {
                Actor domestic = onlyCountryOfSentence(s, placed, sectors, span);
                if (domestic != null) {
                    return List.of(domestic);
                }
            }
        }
        Set<String> done = new HashSet<>();
        for (Reached r : countries) {
            for (Anchor a : r.placed.match.anchors()) {
                if (!(a instanceof Anchor.CountryWord cw) || !done.add(cw.country().iso3())) {
                    continue;
                }
                List<String> secs = sectors;
                String via = sectors.isEmpty() ? "name" : "composed";
                boolean self = r.relation.equals("self");
                if (sectors.isEmpty() && cw.kind() != Anchor.CountryWord.Kind.NAME && !self) {
                    continue;
                }
                if (sectors.isEmpty() && cw.kind() == Anchor.CountryWord.Kind.CAPITAL) {
                    secs = List.of("GOV");
                    via = "metonym";
                }
                Span sp = sectors.isEmpty() ? span(s, r.placed.match) : span;
                out.add(new Actor(sp, cw.country().iso3() + String.join("", secs), cw.country().iso3(), secs,
                        null, cw.country().name(), via.equals("metonym") ? 0.7 : 0.9, via));
            }
        }
        if (out.isEmpty() && countries.isEmpty() && named == null && possessor == null && !sectors.isEmpty()
                && kb.agentsWithoutCountry() && s.parents(head).stream().noneMatch(d -> INSIDE_NAME.contains(d.relation()))) {
            out.add(new Actor(span, "---" + String.join("", sectors), null, sectors, null,
                    "agent without a country", 0.5, "agent"));
        }
        return out;
    }

    /**
     * The naming words joined to the first one by "and" ("Eriadori and Calenardhon leaders"), with it;
     * else the first one alone.
     */
    private static List<Reached> coordinated(Sentence s, List<Reached> namers, Reached first) {
        List<Reached> out = new ArrayList<>(List.of(first));
        for (Reached r : namers) {
            if (r != first && s.children(first.token).stream().anyMatch(d -> d.relation().startsWith("conj")
                    && d.dependent() == r.token)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * An entity coded by its country alone takes the sectors of its title ("Bree President Romendacil"
     * with Romendacil coded BRE is BREGOV), as PETRARCH combines actors and agents.
     */
    private static Actor withTitles(Actor a, List<String> titles, Span npSpan) {
        if (titles.isEmpty() || a.country() == null || !a.sectors().isEmpty()) {
            return a;
        }
        return new Actor(npSpan, a.code() + String.join("", titles), a.country(), titles, a.kbId(), a.name(),
                a.score(), a.via());
    }

    /**
     * Sector words under a place name or placed by one: "Darfur rebels", "Baghdad University", "students
     * in Jakarta", "students demonstrated throughout Indonesia" (an intransitive clause only: in "leaders
     * discussed the crisis in Sudan" the place belongs to the topic).
     */
    private Actor locatedAgent(Sentence s, int head, List<String> sectors, Span span) {
        List<Integer> candidates = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("nmod:poss") || r.equals("amod") || IN_COUNTRY.contains(r)
                    || r.equals("nmod:of")) {
                candidates.add(d.dependent());
                if (PLACE_NOUNS.contains(s.token(d.dependent()).lemma())) {   // "the mayor of the city of Nablus"
                    s.children(d.dependent()).stream().filter(c -> c.relation().equals("nmod:of")
                            || c.relation().equals("appos")).forEach(c -> candidates.add(c.dependent()));
                }
            }
        }
        for (Dependency up : s.parents(head)) {
            if (up.relation().equals("nsubj") && up.governor() >= 0
                    && s.children(up.governor()).stream().noneMatch(d -> d.relation().equals("obj"))) {
                for (Dependency d : s.children(up.governor())) {
                    if (d.baseRelation().equals("obl") && PLACING.contains(d.subtype())) {
                        candidates.add(d.dependent());
                    }
                }
            }
        }
        List<Integer> nameParts = candidates.stream().filter(c -> c < head && s.token(c).isProperNoun()
                && s.parents(c).stream().anyMatch(d -> d.governor() == head && d.relation().equals("compound"))).toList();
        if (nameParts.size() > 1 && nameParts.stream().anyMatch(i -> "LOCATION".equals(s.token(i).ner()))) {
            candidates.removeAll(nameParts);
            candidates.add(0, -1 - nameParts.get(0));
        }
        for (int c : candidates) {
            Actor a = c < 0 ? placed(String.join(" ", nameParts.stream().map(i -> s.token(i).word()).toList()), sectors,
                    span) : placeCountry(s, c, sectors, span);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    /**
     * An agent of countries named with "in" or "from" when nothing else names its country: "lawmakers
     * in Fornost and Gondor" are the lawmakers of each (FORLEG, GONLEG).
     */
    private List<Actor> countriesNamedIn(Sentence s, int head, Placed[] placed, List<String> sectors, Span span,
                                         LocalDate date) {
        List<Actor> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<Dependency> modifiers = new ArrayList<>(s.children(head));
        for (Dependency up : s.parents(head)) {   // "lawmakers and officials in Fornost": officials too
            if (up.relation().startsWith("conj") && up.governor() >= 0) {
                s.children(up.governor()).stream().filter(d -> d.dependent() > head && IN_COUNTRY.contains(d.relation()))
                        .forEach(modifiers::add);
            }
        }
        for (Dependency d : modifiers) {
            boolean of = d.relation().equals("nmod:of");   // "supporters of Ben Bella": of his country
            if (!of && !IN_COUNTRY.contains(d.relation())) {
                continue;
            }
            List<Integer> places = new ArrayList<>(List.of(d.dependent()));
            s.children(d.dependent()).stream().filter(c -> c.relation().startsWith("conj"))
                    .forEach(c -> places.add(c.dependent()));
            for (int t : places) {
                if (placed[t] == null) {
                    continue;
                }
                for (Anchor a : placed[t].match.anchors()) {
                    String country = null;
                    String name = null;
                    if (a instanceof Anchor.CountryWord cw && cw.kind() == Anchor.CountryWord.Kind.NAME) {
                        country = cw.country().iso3();
                        name = cw.country().name();
                    } else if (a instanceof Anchor.EntityName) {
                        Entity e = entityOf(placed[t].match);
                        String code = e.roleOn(date).map(r -> r.code()).orElse("");
                        String c3 = code.length() >= 3 ? code.substring(0, 3) : "";
                        // a state known by its name (dictionary actors), a national organisation ("activists
                        // from the Fatah party" are Palestinian), or, with "of", a person
                        if ((of || !e.isPerson()) && (code.length() == 3 || kb.country(c3).isPresent())) {
                            country = c3;
                            name = kb.country(c3).map(Country::name).orElse(e.name());
                        }
                    }
                    if (country != null && done.add(country)) {
                        out.add(new Actor(span, country + String.join("", sectors), country, sectors, null, name, 0.8,
                                "composed"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * A titled person the knowledge base does not know, whose country no word of the phrase names, in a
     * sentence that names one country only: domestic news ("Judge Alejandro Rivera opened
     * investigations against 28 Chilean officials"); the weakest way to a country, so the score is low.
     * Bare agents ("the government", "Congress", "insurgents") are not guessed.
     */
    private static Actor onlyCountryOfSentence(Sentence s, Placed[] placed, List<String> sectors, Span span) {
        Anchor.CountryWord only = null;
        for (Placed p : placed) {
            if (p == null) {
                continue;
            }
            for (Anchor a : p.match.anchors()) {
                if (a instanceof Anchor.CountryWord cw) {
                    if (only != null && !only.country().iso3().equals(cw.country().iso3())) {
                        return null;
                    }
                    only = cw;
                }
            }
        }
        return only == null ? null : new Actor(span, only.country().iso3() + String.join("", sectors),
                only.country().iso3(), sectors, null, only.country().name(), 0.6, "context");
    }

    /** The agent placed in the country of the place name at the token; null when it names none. */
    private Actor placeCountry(Sentence s, int token, List<String> sectors, Span span) {
        Token t = s.token(token);
        return t.isProperNoun() && "LOCATION".equals(t.ner()) ? placed(compoundName(s, token), sectors, span) : null;
    }

    private Actor placed(String placeName, List<String> sectors, Span span) {
        String country = places.countryOf(placeName).filter(x -> kb.country(x).isPresent()).orElse(null);
        return country == null ? null : new Actor(span, country + String.join("", sectors), country, sectors, null,
                kb.country(country).get().name(), 0.75, "composed");
    }

    /** "Ethnic Albanians": a people, not the state its name recalls. */
    private static boolean ethnic(Sentence s, int head) {
        return s.children(head).stream().anyMatch(d -> d.relation().equals("amod")
                && s.token(d.dependent()).lemma().equalsIgnoreCase("ethnic"));
    }

    /**
     * An ethnic group where the text places it ("ethnic Albanians in south Serbia", "killed three ethnic
     * Albanians in Serbia") are civilians of that country (SRBCVL); null when no place is named, so that
     * the group keeps the country of its name.
     */
    private Actor ethnicGroup(Sentence s, int head, Span span) {
        Actor located = locatedAgent(s, head, List.of("CVL"), span);
        if (located != null) {
            return located;
        }
        for (Dependency up : s.parents(head)) {
            if ((up.relation().equals("obj") || up.relation().startsWith("nsubj")) && up.governor() >= 0) {
                for (Dependency d : s.children(up.governor())) {
                    if (!d.relation().equals("obl:in")) {
                        continue;
                    }
                    Actor placed = placeCountry(s, d.dependent(), List.of("CVL"), span);
                    for (Dependency in : s.children(d.dependent())) {   // "in a gunbattle in southern Serbia"
                        if (placed == null && in.relation().equals("nmod:in")) {
                            placed = placeCountry(s, in.dependent(), List.of("CVL"), span);
                        }
                    }
                    if (placed != null) {
                        return placed;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A proper noun with the proper nouns compounded before it: "Ivory Coast", "Buenos Aires". The parts
     * of a place name are never looked up one by one ("West" of "West Darfur" is not West, Texas).
     */
    private static String compoundName(Sentence s, int head) {
        StringBuilder b = new StringBuilder();
        for (Dependency d : s.children(head)) {
            if (d.relation().equals("compound") && d.dependent() < head && s.token(d.dependent()).isProperNoun()) {
                b.append(s.token(d.dependent()).word()).append(' ');
            }
        }
        return b.append(s.token(head).word()).toString();
    }

    private Actor possessivePronoun(Sentence s, int head, Antecedents persons) {
        for (Dependency d : s.children(head)) {
            Token t = s.token(d.dependent());
            if (d.relation().equals("nmod:poss") && t.pos().equals("PRP$")) {
                return persons.of(t.word());
            }
        }
        return null;
    }

    private static Actor withSpan(Actor a, Span span, double factor, String via) {
        return new Actor(span, a.code(), a.country(), a.sectors(), a.kbId(), a.name(), a.score() * factor, via);
    }

    private static Entity entityOf(PhraseIndex.Match m) {
        for (Anchor a : m.anchors()) {
            if (a instanceof Anchor.EntityName en) {
                return en.entity();
            }
        }
        throw new IllegalStateException("match without entity");
    }

    /**
     * The role's code when the role is held on the date; out of office, only the country remains
     * (al-Sarraj is LBYGOV in 2020, plain LBY in 2022).
     */
    private String codeOn(Entity e, String code, LocalDate date) {
        String first = code.substring(0, 3);
        return e.activeOn(date) || kb.country(first).isEmpty() ? code : first;
    }

    private Actor actor(Sentence s, Entity e, String code, Placed p) {
        String first = code.substring(0, 3);
        String country = kb.country(first).isPresent() ? first : null;
        List<String> sectors = new ArrayList<>();
        for (int i = country == null ? 0 : 3; i + 3 <= code.length(); i += 3) {
            sectors.add(code.substring(i, i + 3));
        }
        return new Actor(span(s, p.match), code, country, sectors, e.id(), e.name(), p.score, p.via);
    }

    private static Span span(Sentence s, PhraseIndex.Match m) {
        return s.span(m.from(), m.to() - 1);
    }

    /** Words of the head's noun phrase that carry a match, nearest first, with the linking relation. */
    private static List<Reached> collect(Sentence s, int head, Placed[] placed) {
        Map<Integer, String> rel = new LinkedHashMap<>();
        Deque<int[]> queue = new ArrayDeque<>();
        rel.put(head, "self");
        queue.add(new int[]{head, 0});
        while (!queue.isEmpty()) {
            int[] cur = queue.poll();
            if (cur[1] >= 3) {
                continue;
            }
            for (Dependency d : s.children(cur[0])) {
                String r = d.relation().startsWith("nmod:of") ? "nmod:of" : d.relation();
                if (!NP_RELATIONS.contains(r) || rel.containsKey(d.dependent())) {
                    continue;
                }
                String via = cur[0] == head ? r : rel.get(cur[0]).equals("self") ? r : inherit(rel.get(cur[0]), r);
                rel.put(d.dependent(), via);
                queue.add(new int[]{d.dependent(), cur[1] + 1});
            }
        }
        List<Reached> out = new ArrayList<>();
        Set<PhraseIndex.Match> seen = new HashSet<>();
        for (Map.Entry<Integer, String> e : rel.entrySet()) {
            Placed p = placed[e.getKey()];
            if (p != null && seen.add(p.match)) {
                String r = p.match.from() <= head && head < p.match.to() ? "self" : e.getValue();
                out.add(new Reached(e.getKey(), r, p));
            }
        }
        return out;
    }

    /** The relation of a deeper word to the head: a possessor's modifier still belongs to the possessor. */
    private static String inherit(String parent, String child) {
        if (parent.equals("nmod:poss") || parent.equals("nmod:of") || parent.equals("nmod:for")) {
            return parent;
        }
        return child.equals("compound") || child.equals("flat") ? parent : child;
    }

    private static Span npSpan(Sentence s, int head, List<Reached> reached) {
        int from = head;
        int to = head;
        for (Reached r : reached) {
            from = Math.min(from, r.placed.match.from());
            to = Math.max(to, r.placed.match.to() - 1);
        }
        return s.span(from, to);
    }

    private static void markCovered(Sentence s, int head, Set<Integer> covered) {
        for (Dependency d : s.children(head)) {
            String r = d.relation();
            if (r.equals("compound") || r.equals("amod") || r.equals("flat") || r.equals("nmod:poss")) {
                covered.add(d.dependent());
            }
        }
    }
}
