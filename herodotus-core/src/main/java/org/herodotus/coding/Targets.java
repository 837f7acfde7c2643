package org.herodotus.coding;

import org.herodotus.actors.ResolvedActors;
import org.herodotus.model.Dependency;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where the coder looks for the parties of an event in the parse: objects, prepositional dependents
 * (on the verb or its object), the object of an infinitive, the subject of a "that" clause, the agent of
 * a participle, and, failing all, the nearest actor below the verb within its clause.
 */
final class Targets {

    static final Set<String> NOUN_TARGET_PREPS = Set.of("on", "against", "with", "to", "at", "upon",
            "between", "toward", "towards", "for");

    /** Relations below a verb that stay within its own clause when looking for a target. */
    /** Edges the nearest target is not looked for across: other clauses, the source, punctuation. */
    private static final Set<String> CLAUSE_EDGES = Set.of("ccomp", "advcl", "parataxis", "conj", "acl:relcl", "csubj",
            "nsubj", "nsubj:xsubj", "obl:agent", "obl:by", "ref", "punct", "dep", "appos");

    /**
     * Targets of an infinitival complement, for a verb that has none of its own: "agreed to lift the
     * embargo on Iran", "promised to continue military aid to Mozambique".
     */
    static List<Integer> complementTargets(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency x : s.children(v)) {
            if (!x.relation().equals("xcomp")) {
                continue;
            }
            for (Dependency d : s.children(x.dependent())) {
                if (d.relation().equals("obj") || d.relation().equals("iobj")) {
                    out.add(d.dependent());
                    for (Dependency n : s.children(d.dependent())) {
                        if (n.baseRelation().equals("nmod") && NOUN_TARGET_PREPS.contains(n.subtype())) {
                            out.add(n.dependent());
                        }
                    }
                } else if (d.baseRelation().equals("obl") && NOUN_TARGET_PREPS.contains(d.subtype())) {
                    out.add(d.dependent());
                }
            }
        }
        return out;
    }

    /**
     * The subject of a clause the parser hung under the verb in place of its object: "released the
     * mayor, jailed a year ago" read as "released [the mayor jailed ...]".
     */
    static List<Integer> smallClauseSubjects(Sentence s, int v, List<Integer> sources) {
        List<Integer> out = new ArrayList<>();
        for (Dependency x : s.children(v)) {
            if (x.relation().equals("xcomp")) {
                for (Dependency d : s.children(x.dependent())) {
                    if ((d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) && !sources.contains(d.dependent())) {
                        out.add(d.dependent());
                    }
                }
            }
        }
        return out;
    }

    /** Subjects of a "that" clause: "demanded that the US cancel its plans" targets the US. */
    static List<Integer> clauseSubjects(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency c : s.children(v)) {
            if (c.relation().equals("ccomp")) {
                out.addAll(clauseSubjectsOf(s, c.dependent()));
            }
        }
        return out;
    }

    /** Subjects of the clause headed by the token: "its demand that Israel ease restrictions". */
    static List<Integer> clauseSubjectsOf(Sentence s, int clause) {
        return dependents(s, clause, Set.of("nsubj", "nsubj:pass"));
    }

    /** What a complaint or criticism is about: "complained to the UN over Israeli air raids". */
    static List<Integer> complainedAbout(Sentence s, int v) {
        return dependents(s, v, Set.of("obl:over", "obl:about"));
    }

    /** Direct objects, and the passive subject standing for one. */
    static List<Integer> objectsOf(Sentence s, int v) {
        return dependents(s, v, Set.of("obj", "nsubj:pass"));
    }

    /** The token's dependents by one of the relations, in sentence order of the edges. */
    static List<Integer> dependents(Sentence s, int head, Set<String> relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(head)) {
            if (relations.contains(d.relation())) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /**
     * Nouns introduced by the preposition: on the verb itself, or on its object or one of the pattern's
     * prepositional nouns ("called for sanctions against Gondor"), one level of "of" down.
     */
    static List<Integer> prepDependents(Sentence s, int v, String prep, VerbPattern p) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && d.subtype().equals(prep)) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            for (int o : objectsOf(s, v)) {
                if (!p.objects().isEmpty() && !objectFits(s, v, o, p)) {
                    continue;
                }
                collectNmod(s, o, prep, out, 2);
            }
        }
        if (out.isEmpty()) {
            for (VerbPattern.PrepNoun pn : p.prepNouns()) {
                for (int n : prepNounDependents(s, v, pn)) {
                    collectNmod(s, n, prep, out, 2);
                }
            }
        }
        if (out.isEmpty() && prep.equals("to")) {
            out.addAll(infinitives(s, v));
        }
        return out;
    }

    /** Infinitives under the verb ("refused to comment", "vowed to retaliate"): "+to" in a pattern. */
    private static List<Integer> infinitives(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("xcomp") && s.children(d.dependent()).stream().anyMatch(m -> m.relation().equals("mark")
                    && s.token(m.dependent()).lemma().equals("to"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The pattern's objects among the verb's: the allowed lemmas with all the pattern's modifiers. */
    static List<Integer> patternObjects(Sentence s, int v, VerbPattern p) {
        List<Integer> out = new ArrayList<>();
        for (int o : objectsOf(s, v)) {
            if (objectFits(s, v, o, p)) {
                out.add(o);
            }
        }
        if (out.isEmpty() && p.objectModifiers().isEmpty()) {   // a verbal object: "vow +to =retaliate"
            infinitives(s, v).stream().filter(x -> p.objects().contains(s.token(x).lemma())).forEach(out::add);
        }
        return out;
    }

    /**
     * Whether the object fits the pattern's object: its lemma is one of the pattern's, or, for a
     * one-word object written as PETRARCH writes the words after the verb ("renew * DIPLOMATIC", "fire *
     * ARTILLERY"), an adjective or a noun in compound on the object is ("fired artillery shells").
     */
    private static boolean objectFits(Sentence s, int v, int o, VerbPattern p) {
        if (p.objects().contains(s.token(o).lemma()) || p.objects().contains(VerbPattern.ANY_OBJECT)) {
            return modifiersPresent(s, v, o, p.objectModifiers());
        }
        return p.objectModifiers().isEmpty() && s.children(o).stream().anyMatch(d -> (d.relation().equals("amod")
                && s.token(d.dependent()).pos().startsWith("JJ") || d.relation().equals("compound"))
                && p.objects().contains(s.token(d.dependent()).lemma()));
    }

    /**
     * Dependents that fit a prepositional noun of a pattern: introduced by its preposition on the verb,
     * or on one of the verb's objects or oblique nouns (one level of "of" more: "on a state of alert"),
     * with one of the head lemmas (or words: "accused of stealing" is an adverbial clause whose verb's
     * lemma is "steal") and every modifier.
     */
    static List<Integer> prepNounDependents(Sentence s, int v, VerbPattern.PrepNoun pn) {
        List<Integer> candidates = new ArrayList<>();
        List<Integer> nouns = new ArrayList<>(objectsOf(s, v));
        for (Dependency d : s.children(v)) {
            String r = d.baseRelation();
            if ((r.equals("obl") || r.equals("nmod") || r.equals("advcl")) && d.subtype().equals(pn.prep())) {
                candidates.add(d.dependent());
            } else if (r.equals("obl")) {
                nouns.add(d.dependent());
            }
        }
        for (int n : nouns) {
            collectNmod(s, n, pn.prep(), candidates, 2);
        }
        List<Integer> out = new ArrayList<>();
        for (int c : candidates) {
            String word = s.token(c).word().toLowerCase(java.util.Locale.ROOT);
            boolean any = pn.heads().contains(VerbPattern.ANY_OBJECT);
            if (!any && !pn.heads().contains(s.token(c).lemma()) && !pn.heads().contains(word) || out.contains(c)) {
                continue;
            }
            int from = v;
            for (Dependency d : s.children(c)) {
                if (d.relation().equals("case")) {
                    from = d.dependent();
                }
            }
            if (modifiersPresent(s, from, c, pn.modifiers())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Whether each modifier (a set of allowed lemmas or words, in lower case) is on the noun: a
     * dependent of it, a word of its phrase before it ("abandon full diplomatic ties", "join the Geneva
     * peace talks"), or a dependent of {@code from} (the verb, or the preposition of a prepositional noun)
     * between the two, where a parser may have put it. A word between them in another phrase ("carried
     * out evacuations of military personnel and security operations") is not a modifier.
     */
    static boolean modifiersPresent(Sentence s, int from, int noun, List<Set<String>> modifiers) {
        if (modifiers.isEmpty()) {
            return true;
        }
        Set<Integer> near = new java.util.HashSet<>();
        for (Dependency d : s.children(noun)) {
            near.add(d.dependent());
        }
        collectBefore(s, noun, noun, near, 3);
        for (Dependency d : s.children(from)) {
            if (d.dependent() > from && d.dependent() < noun) {
                near.add(d.dependent());
            }
        }
        for (Set<String> m : modifiers) {
            boolean found = false;
            for (int t : near) {
                String word = s.token(t).word().toLowerCase(java.util.Locale.ROOT);
                if (m.contains(s.token(t).lemma().toLowerCase(java.util.Locale.ROOT)) || m.contains(word)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /** Tokens below {@code t} that come before {@code head} in the sentence: the phrase's pre-modifiers. */
    private static void collectBefore(Sentence s, int t, int head, Set<Integer> out, int depth) {
        if (depth == 0) {
            return;
        }
        for (Dependency d : s.children(t)) {
            if (d.dependent() < head) {
                out.add(d.dependent());
                collectBefore(s, d.dependent(), head, out, depth - 1);
            }
        }
    }

    static void collectNmod(Sentence s, int noun, String prep, List<Integer> out, int depth) {
        for (Dependency d : s.children(noun)) {
            if (d.baseRelation().equals("nmod") && d.subtype().equals(prep)) {
                out.add(d.dependent());
            } else if (depth > 1 && d.relation().equals("nmod:of")) {
                collectNmod(s, d.dependent(), prep, out, depth - 1);
            }
        }
    }

    /**
     * An agent the text gives no country for ({@code ---GOV}, coded only with PETRARCH dictionaries): a
     * source, not a target, since the target of such an event is too often misplaced to be worth the
     * dyad (on the PETRARCH sets, 2 gold targets of this kind against 9 wrong ones).
     */
    static boolean withoutCountry(org.herodotus.model.Actor a) {
        return a.country() == null && a.code().startsWith("---");
    }

    /** Prepositions of place: an actor "in" a country is where the event is, before it is whom it concerns. */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "inside", "within", "near", "across",
            "throughout");

    /**
     * The nearest actors under the verb, breadth first within its clause: the target PETRARCH would
     * take, the first actor after the verb, when the pattern names none ("restore ties with Gondor").
     * At one depth, actors of places ("an attack by Osgiliath soldiers in south Ithilen") count only when
     * there are no others. Actors that {@code noTarget} rules out (agents without a country, for a target)
     * are passed over.
     */
    static List<Integer> nearestActors(Sentence s, int v, ResolvedActors actors, List<Integer> sources,
                                       java.util.function.Predicate<org.herodotus.model.Actor> noTarget) {
        List<Integer> level = List.of(v);
        java.util.Set<Integer> seen = new java.util.HashSet<>(sources);
        seen.add(v);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            List<Integer> found = new ArrayList<>();
            List<Integer> where = new ArrayList<>();
            for (int t : level) {
                for (Dependency d : s.children(t)) {
                    String r = d.relation();
                    boolean clauseSubject = r.equals("nsubj") && depth > 0;   // "permission for Russia to help"
                    if (CLAUSE_EDGES.contains(r) && !clauseSubject || r.startsWith("conj") || r.startsWith("advcl")
                            || !seen.add(d.dependent())) {
                        continue;
                    }
                    next.add(d.dependent());
                    if (!r.equals("amod") && !actors.at(s.index(), d.dependent()).stream().allMatch(noTarget)) {
                        (LOCATIVE.contains(d.subtype()) ? where : found).add(d.dependent());
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            if (!where.isEmpty()) {
                return where;
            }
            level = next;
        }
        return List.of();
    }

    static List<Integer> prepObjects(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency a : s.children(verb)) {
            if (a.baseRelation().equals("obl") && NOUN_TARGET_PREPS.contains(a.subtype())) {
                out.add(a.dependent());
            }
        }
        return out;
    }

    static List<Integer> agents(Sentence s, int verb) {
        List<Integer> out = new ArrayList<>();
        for (Dependency a : s.children(verb)) {
            if (a.relation().equals("obl:agent") || a.relation().equals("obl:by")) {
                out.add(a.dependent());
            }
        }
        return out;
    }

    /**
     * A participle that the parser made the head of its noun ("the attack launched by X on Y" parsed
     * as a clause with "attack" as subject): it plays the part of a participle modifying the noun.
     */
    static int participleOver(Sentence s, int n) {
        for (Dependency up : s.parents(n)) {
            int v = up.governor();
            if ((up.relation().equals("nsubj") || up.relation().equals("nsubj:pass")) && v >= 0
                    && s.token(v).pos().equals("VBN")
                    && s.children(v).stream().noneMatch(d -> d.relation().startsWith("aux"))) {
                return v;
            }
        }
        return -1;
    }

    private Targets() {
    }
}
