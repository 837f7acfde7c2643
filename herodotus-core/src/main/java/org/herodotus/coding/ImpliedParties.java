package org.herodotus.coding;

import org.herodotus.actors.ResolvedActors;
import org.herodotus.model.Actor;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Dependency;
import org.herodotus.model.Factuality;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parties that the text implies but does not put in the event's own phrase: the country a protest is
 * against, whom a conditional threat is aimed at, the people a nationality names, the party a member or
 * delegation is "of", the state that arrests someone in its territory, and the party that a speaker says
 * "must" act (a demand).
 */
final class ImpliedParties {

    /** Nouns for part of a party, which act for the party they are "of": "a member of the parliament". */
    /** Words by which a group sides with a party: it acts for that party when nothing else names it. */
    private static final Set<String> AFFILIATED = Set.of("affiliate", "affiliated", "loyal", "allied", "ally",
            "linked", "aligned");
    private static final Set<String> MEMBERS = Set.of("member", "group", "delegation", "representative", "unit",
            "faction", "wing", "branch", "contingent", "team");

    /** Modals of obligation: "Libya must hand over the suspects" is a demand on Libya. */
    private static final Set<String> OBLIGATION = Set.of("must", "should", "ought");

    private ImpliedParties() {
    }

    /**
     * A protest that names no one it is against (CAMEO 14: "Iraqi Kurds demonstrated in Kirkuk") is
     * against the country where it takes place: a country named with "in" under the trigger, else the
     * government of the protesters' own country when the sentence names it ("demands ... from
     * President Bouteflika's government"), else that country ("Iraqi", "from Iraq"). Weaker than a
     * named target, so the confidence drops.
     */
    static EventCandidate protestAgainstCountry(Sentence s, EventCandidate c, ResolvedActors actors) {
        if (c.target() != null || !c.code().root().equals("14")) {
            return c;
        }
        Actor place = null;
        for (Dependency d : s.children(c.anchor())) {
            if (d.relation().equals("obl:in") || d.relation().equals("nmod:in")) {
                for (Actor a : actors.at(s.index(), d.dependent())) {
                    if (place == null && a.country() != null && a.sectors().isEmpty() && a.kbId() == null) {
                        place = a;
                    }
                }
            }
        }
        String home = c.source().country();
        for (String wanted : home == null ? List.<String>of() : List.of(home + "GOV", home)) {
            for (int t = 0; place == null && t < s.size(); t++) {
                for (Actor a : actors.at(s.index(), t)) {
                    if (place == null && wanted.equals(a.code()) && !a.sameParty(c.source())) {
                        place = a;
                    }
                }
            }
        }
        if (place == null || place.sameParty(c.source())) {
            return c;
        }
        return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), c.code(), c.source(), place, c.factuality(),
                c.modality(), c.claimant(), c.rule() + " (protest: against the country where it happens)",
                c.strength() * 0.85);
    }

    /**
     * A threat that names no one threatened is aimed at whoever the condition (on the verb or on the
     * infinitives below it) names: "threatened to stop the talks to reduce arms if the United States
     * goes ahead" threatens the United States.
     */
    static EventCandidate threatenedByCondition(Sentence s, EventCandidate c, ResolvedActors actors) {
        if (c.target() != null || !c.code().root().equals("13")) {
            return c;
        }
        List<Integer> heads = new ArrayList<>(List.of(c.anchor()));
        for (int i = 0; i < heads.size() && i < 4; i++) {
            s.children(heads.get(i)).stream().filter(d -> d.relation().equals("xcomp")).forEach(d -> heads.add(d.dependent()));
        }
        for (int h : heads) {
            for (Dependency d : s.children(h)) {
                if (!Modality.condition(s, d)) {
                    continue;
                }
                for (Dependency subj : s.children(d.dependent())) {
                    if (subj.relation().equals("nsubj")) {
                        for (Actor a : sourceActors(s, subj.dependent(), actors)) {
                            if (!a.sameParty(c.source())) {
                                return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), c.code(), c.source(), a,
                                        c.factuality(), c.modality(), c.claimant(), c.rule() + " (threat: aimed at the condition)",
                                        c.strength() * 0.9);
                            }
                        }
                    }
                }
            }
        }
        return c;
    }

    /**
     * The actors at a token; for a plural noun the knowledge base does not know, the people of the
     * country its nationality adjective names ("Iraqi Kurds demonstrated": Iraqi civilians, IRQCVL).
     */
    static List<Actor> sourceActors(Sentence s, int t, ResolvedActors actors) {
        List<Actor> direct = actors.at(s.index(), t);
        if (direct.isEmpty() && MEMBERS.contains(s.token(t).lemma())) {   // "a member of the Syrian parliament"
            List<Actor> of = new ArrayList<>();
            Targets.dependents(s, t, Set.of("nmod:of")).forEach(d -> of.addAll(actors.at(s.index(), d)));
            if (!of.isEmpty()) {
                return of;
            }
        }
        if (direct.isEmpty()) {   // "workers affiliated with the Serbian Workers' Union", "militants loyal to X"
            List<Actor> side = new ArrayList<>();
            for (Dependency d : s.children(t)) {
                if ((d.relation().startsWith("acl") || d.relation().equals("amod"))
                        && AFFILIATED.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
                    for (Dependency o : s.children(d.dependent())) {
                        if (o.relation().equals("obl:with") || o.relation().equals("obl:to")) {
                            side.addAll(actors.at(s.index(), o.dependent()));
                        }
                    }
                }
            }
            if (!side.isEmpty()) {
                return side;
            }
        }
        if (!direct.isEmpty() || !s.token(t).pos().startsWith("NN") || !s.token(t).pos().endsWith("S")) {
            return direct;
        }
        List<Actor> out = new ArrayList<>();
        for (Dependency d : s.children(t)) {
            if (!d.relation().equals("amod")) {
                continue;
            }
            for (Actor a : actors.at(s.index(), d.dependent())) {
                if (a.sectors().isEmpty() && a.country() != null && a.code().equals(a.country())) {
                    out.add(new Actor(a.span().union(s.token(t).span()), a.country() + "CVL", a.country(),
                            List.of("CVL"), null, a.name(), a.score() * 0.8, "composed"));
                }
            }
        }
        return out;
    }

    /**
     * What a speaker says another party "must" or "should" do is a demand (CAMEO 100) on that party:
     * "the minister reiterated that Libya must hand over the suspects", "the Red Cross said US forces
     * must ensure security".
     */
    static List<EventCandidate> obligations(Sentence s, List<Integer> speechVerbs, ResolvedActors actors,
                                            CameoCode demand) {
        List<EventCandidate> out = new ArrayList<>();
        for (int v : speechVerbs) {
            for (Dependency c : s.children(v)) {
                if (!c.relation().equals("ccomp") || !obliged(s, c.dependent())) {
                    continue;
                }
                out.addAll(between(s, v, demand, Targets.clauseSubjectsOf(s, v),
                        Targets.clauseSubjectsOf(s, c.dependent()), actors, "obligation: what a speaker says another must do"));
            }
        }
        return out;
    }

    /** Verbs by which someone wants another to act ("would like them to", "wants Putin to attack"). */
    private static final Set<String> WISHING = Set.of("want", "wish", "like");

    /**
     * Wanting another to act is an appeal to that party (020): "Obama wants Putin to attack Switzerland" is
     * Obama's appeal to Putin, not Putin's threat. The wanted acts' verbs, and the wishing verb, go into
     * {@code wished}: the act has not happened, and the appeal is what the wish says. Only when the wanted
     * act is coded; a wish that is negated or guessed at ("might want") is no appeal, and its act is still
     * not coded.
     */
    static List<EventCandidate> wishes(Sentence s, List<EventCandidate> found, ResolvedActors actors,
                                       CameoCode appeal, Set<Integer> wished) {
        List<EventCandidate> out = new ArrayList<>();
        for (int verb = 0; verb < s.size(); verb++) {
            if (!WISHING.contains(s.token(verb).lemma())) {
                continue;
            }
            List<Integer> objects = Targets.dependents(s, verb, Set.of("obj"));
            List<Integer> acts = Targets.dependents(s, verb, Set.of("xcomp"));
            if (objects.isEmpty() || found.stream().noneMatch(c -> acts.contains(c.anchor()))) {
                continue;
            }
            wished.addAll(acts);
            wished.add(verb);
            if (s.children(verb).stream().anyMatch(d -> Modality.negation(s, d) || d.relation().equals("aux")
                    && MAYBE.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)))) {
                continue;   // "might want them to leave": a guess at a wish, no appeal
            }
            out.addAll(between(s, verb, appeal, Targets.clauseSubjectsOf(s, verb), objects, actors,
                    "wish: wanting another to act is an appeal"));
        }
        return out;
    }

    /**
     * An asserted event from each actor at the {@code from} tokens to each actor at the {@code to} tokens
     * of another party, triggered by verb {@code v}.
     */
    private static List<EventCandidate> between(Sentence s, int v, CameoCode code, List<Integer> from,
                                                List<Integer> to, ResolvedActors actors, String rule) {
        List<EventCandidate> out = new ArrayList<>();
        for (int f : from) {
            for (Actor a : sourceActors(s, f, actors)) {
                for (int t : to) {
                    for (Actor b : sourceActors(s, t, actors)) {
                        if (!a.sameParty(b)) {
                            out.add(new EventCandidate(s.index(), v, s.token(v).span(), code, a, b, Factuality.ASSERTED,
                                    List.of(), null, rule, 0.7));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Modals that make a wish a guess; "would like them to" is a wish all the same. */
    private static final Set<String> MAYBE = Set.of("might", "may", "could");

    /** Whether the clause carries a modal of obligation: "Libya must hand over the suspects". */
    static boolean obliged(Sentence s, int clause) {
        return s.children(clause).stream().anyMatch(d -> d.relation().equals("aux")
                && OBLIGATION.contains(s.token(d.dependent()).word().toLowerCase(Locale.ROOT)));
    }

    /**
     * Who acted when a passive names no one: the state where someone is arrested, detained, expelled or
     * investigated (CAMEO 17 and 09: "a missionary was arrested in Lebanon", a country named with "in"),
     * and the country fire came from (CAMEO 18 to 20: "a mortar bomb was fired at Israel from the Gaza
     * Strip", a country named with "from").
     */
    static List<Integer> agentlessSource(Sentence s, int v, CameoCode code, ResolvedActors actors) {
        int root = Integer.parseInt(code.root());
        String relation = root == 17 || root == 9 ? "obl:in" : root >= 18 && root <= 20 ? "obl:from" : null;
        List<Integer> out = new ArrayList<>();
        if (relation == null) {
            return out;
        }
        for (int d : Targets.dependents(s, v, Set.of(relation))) {
            if (actors.at(s.index(), d).stream().anyMatch(a -> a.country() != null && a.code().equals(a.country()))) {
                out.add(d);
            }
        }
        return out;
    }
}
