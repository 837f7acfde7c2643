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
    private static final Set<String> CLAUSE_EDGES = Set.of("ccomp", "advcl", "parataxis", "conj", "acl:relcl", "csubj",
            "nsubj", "nsubj:pass", "nsubj:xsubj", "obl:agent", "obl:by", "ref", "punct", "dep", "appos");

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

    /** Subjects of a "that" clause: "demanded that the US cancel its plans" targets the US. */
    static List<Integer> clauseSubjects(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency c : s.children(v)) {
            if (c.relation().equals("ccomp")) {
                for (Dependency d : s.children(c.dependent())) {
                    if (d.relation().equals("nsubj") || d.relation().equals("nsubj:pass")) {
                        out.add(d.dependent());
                    }
                }
            }
        }
        return out;
    }

    /** Direct objects, and the passive subject standing for one. */
    static List<Integer> objectsOf(Sentence s, int v) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("obj") || d.relation().equals("nsubj:pass")) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** Nouns introduced by the preposition: on the verb itself, or on its object (one level of "of"). */
    static List<Integer> prepDependents(Sentence s, int v, String prep, VerbPattern p) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if ((d.baseRelation().equals("obl") || d.baseRelation().equals("nmod")) && d.subtype().equals(prep)) {
                out.add(d.dependent());
            }
        }
        if (out.isEmpty()) {
            for (int o : objectsOf(s, v)) {
                if (!p.objects().isEmpty() && !p.objects().contains(s.token(o).lemma())) {
                    continue;
                }
                collectNmod(s, o, prep, out, 2);
            }
        }
        return out;
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
     * The nearest actors under the verb, breadth first within its clause: the target PETRARCH would
     * take, the first actor after the verb, when the pattern names none ("restore ties with Gondor").
     */
    static List<Integer> nearestActors(Sentence s, int v, ResolvedActors actors, List<Integer> sources) {
        List<Integer> level = List.of(v);
        java.util.Set<Integer> seen = new java.util.HashSet<>(sources);
        seen.add(v);
        for (int depth = 0; depth < 3 && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            List<Integer> found = new ArrayList<>();
            for (int t : level) {
                for (Dependency d : s.children(t)) {
                    String r = d.relation();
                    if (CLAUSE_EDGES.contains(r) || r.startsWith("conj") || r.startsWith("advcl")
                            || !seen.add(d.dependent())) {
                        continue;
                    }
                    next.add(d.dependent());
                    if (!r.equals("amod") && !actors.at(s.index(), d.dependent()).isEmpty()) {
                        found.add(d.dependent());
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
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
