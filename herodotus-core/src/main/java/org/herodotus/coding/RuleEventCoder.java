package org.herodotus.coding;

import org.herodotus.actors.ResolvedActors;
import org.herodotus.model.Actor;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Dependency;
import org.herodotus.model.Factuality;
import org.herodotus.model.Sentence;
import org.herodotus.model.Span;
import org.herodotus.model.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codes events from the dependency parse with the {@link Lexicon}: a verb pattern's subject is the
 * source and its object or prepositional dependent the target (agent and patient swap in the
 * passive); an event noun takes its source from a possessor, a nationality adjective, a "by" phrase or
 * the clause it sits in, and its target from "on", "against", "with" or "to". Negation and modal
 * auxiliaries set the factuality; clauses under verbs of speech become claims of the speaker, and a
 * claimed conflict event makes the speech an accusation. A statement (CAMEO 01) made to or about no one
 * is not kept as an event; it remains a {@link Trigger}.
 */
final class RuleEventCoder implements EventCoder {


    private final Lexicon lexicon;
    private final CameoCode accuse;
    private final CameoCode demand;
    private final CameoCode appeal;
    private final CameoCode responsibility;
    private final Intent intent;

    RuleEventCoder(Lexicon lexicon, CameoTable table) {
        this.lexicon = lexicon;
        this.accuse = table.require("112", "the built-in accusation rule");
        this.demand = table.require("100", "the built-in obligation rule");
        this.appeal = table.require("020", "the built-in wish rule");
        this.responsibility = table.require("015", "the built-in responsibility rule");
        this.intent = new Intent(table);
    }

    @Override
    public List<EventCandidate> code(AnnotatedArticle doc, ResolvedActors actors) {
        List<EventCandidate> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            List<EventCandidate> found = new ArrayList<>();
            List<EventCandidate> blamed = new ArrayList<>();
            List<Integer> speechVerbs = new ArrayList<>();
            Map<Integer, VerbPattern> coded = new LinkedHashMap<>();
            for (Token t : s.tokens()) {
                if (t.isVerb()) {
                    VerbPattern p = bestVerbPattern(s, t.index());
                    if (p != null) {
                        coded.put(t.index(), p);
                    }
                    if (p != null && p.blame()) {
                        blamed.addAll(blamed(s, t.index(), p, actors));
                    } else if (p != null) {
                        found.addAll(verbEvents(s, t.index(), p, actors));
                        if (p.speech()) {
                            speechVerbs.add(t.index());
                        }
                    }
                } else if (t.isNoun()) {
                    found.addAll(nounEvents(s, t.index(), actors));
                }
            }
            Set<Integer> wished = new java.util.HashSet<>();
            List<EventCandidate> appeals = ImpliedParties.wishes(s, found, actors, appeal, wished);
            found.removeIf(c -> wished.contains(c.anchor()));
            found.addAll(appeals);
            List<EventCandidate> demands = ImpliedParties.obligations(s, speechVerbs, actors, demand);
            found = withoutDemandedActs(s, found, demands, coded);
            found.addAll(demands);
            found = withoutGovernedComplements(s, found, coded.keySet());
            found.replaceAll(c -> literal(s, c, coded) ? intent.refusal(c) : intent.apply(c));
            found.replaceAll(c -> ImpliedParties.protestAgainstCountry(s, c, actors));
            found.replaceAll(c -> ImpliedParties.threatenedByCondition(s, c, actors));
            for (EventCandidate c : dedupe(s, ReportedSpeech.apply(s, found, blamed, speechVerbs, accuse, responsibility))) {
                // without a target, a statement is not an event, nor is an act by an agent of no country:
                // it says nothing about any country ("a protestor demolished the building")
                if (c.target() != null || !c.code().root().equals("01") && !Targets.withoutCountry(c.source())) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Override
    public List<Trigger> triggers(AnnotatedArticle doc) {
        List<Trigger> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                int root = depth(s, t.index());
                if (t.isVerb()) {
                    VerbPattern p = bestVerbPattern(s, t.index());
                    if (p != null) {
                        out.add(new Trigger(s.index(), t.span(), p.code(), root));
                    }
                } else if (t.isNoun()) {
                    NounPattern p = nounPattern(s, t.index());
                    if (p != null) {
                        out.add(new Trigger(s.index(), s.span(t.index() - (p.words().size() - 1), t.index()), p.code(),
                                root));
                    }
                }
            }
        }
        return out;
    }

    /** Edges from the token up to the root of the parse (basic relations first; 99 when cut off). */
    private static int depth(Sentence s, int token) {
        int d = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int t = token; seen.add(t) && d < 99; d++) {
            int up = -2;
            for (Dependency p : s.parents(t)) {
                if (p.governor() < 0) {
                    return d;
                }
                if (up == -2 || !p.relation().startsWith("conj") && !p.relation().equals("ref")) {
                    up = p.governor();
                }
            }
            if (up < 0) {
                return 99;
            }
            t = up;
        }
        return 99;
    }

    /**
     * An event in the infinitive of an event verb ("agreed to lift the embargo", "threatened to attack",
     * "asked Obama to help Iran") is what that verb is about: the governing verb codes it, so the
     * infinitive's own event is dropped, even when the governing verb found no actors to code.
     */
    private static List<EventCandidate> withoutGovernedComplements(Sentence s, List<EventCandidate> found,
                                                                   java.util.Set<Integer> coded) {
        java.util.Set<Integer> anchors = new java.util.HashSet<>(coded);
        found.forEach(c -> anchors.add(c.anchor()));
        java.util.Set<Integer> yielding = new java.util.HashSet<>();
        for (EventCandidate c : found) {
            for (Dependency d : s.parents(c.anchor())) {
                if (d.relation().equals("xcomp") && anchors.contains(d.governor()) && Modality.intends(s, d.governor())) {
                    yielding.add(d.governor());
                }
            }
        }
        List<EventCandidate> out = new ArrayList<>();
        for (EventCandidate c : found) {
            boolean governed = s.parents(c.anchor()).stream().anyMatch(d -> d.relation().equals("xcomp")
                    && anchors.contains(d.governor()) && !yielding.contains(d.governor()));
            if (!governed && !yielding.contains(c.anchor())) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * What someone demands or appeals for has not happened: events in the "that" clause of a demand or
     * appeal ("demanded that the United States match the EU's support") and in a clause someone says
     * another "must" carry out are left out; the demand itself is the event.
     */
    private static List<EventCandidate> withoutDemandedActs(Sentence s, List<EventCandidate> found,
                                                     List<EventCandidate> demands, Map<Integer, VerbPattern> coded) {
        java.util.Set<Integer> demanded = new java.util.HashSet<>();
        for (Map.Entry<Integer, VerbPattern> verb : coded.entrySet()) {
            int v = verb.getKey();
            String root = verb.getValue().code().root();
            boolean asks = root.equals("02") || root.equals("10");
            boolean obliges = demands.stream().anyMatch(d -> d.anchor() == v);
            for (Dependency d : s.children(v)) {
                if (d.relation().equals("ccomp") && (asks || obliges && ImpliedParties.obliged(s, d.dependent()))) {
                    ReportedSpeech.subtree(s, d.dependent(), demanded);
                }
            }
        }
        return found.stream().filter(c -> !demanded.contains(c.anchor())).collect(java.util.stream.Collectors.toList());
    }

    /**
     * Whether the event keeps its code for a future act: its verb's pattern is {@code literal} and the act
     * is future by tense ("will supply") or about to happen ("prepared to attend"), not the infinitive of a
     * verb of intent ("wants to attack" is a threat whatever the pattern).
     */
    private static boolean literal(Sentence s, EventCandidate c, Map<Integer, VerbPattern> coded) {
        VerbPattern p = coded.get(c.anchor());
        return p != null && p.literal() && s.parents(c.anchor()).stream().noneMatch(up ->
                up.relation().equals("xcomp") && up.governor() >= 0 && Modality.intends(s, up.governor())
                        && !Modality.imminent(s, up.governor()));
    }


    private VerbPattern bestVerbPattern(Sentence s, int v) {
        VerbPattern preferred = bestVerbPattern(s, v, lexicon.preferredVerbs(s.token(v).lemma()));
        return preferred != null ? preferred : bestVerbPattern(s, v, lexicon.verbs(s.token(v).lemma()));
    }

    private static VerbPattern bestVerbPattern(Sentence s, int v, List<VerbPattern> patterns) {
        VerbPattern best = null;
        Set<Integer> window = null;   // the verb's clause, found once for all the patterns with words before it
        for (VerbPattern p : patterns) {
            if (!p.before().isEmpty() && window == null) {
                window = WordsBefore.window(s, v);
            }
            if (matches(s, v, p, window) && (best == null || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        return best;
    }

    private static boolean matches(Sentence s, int v, VerbPattern p, Set<Integer> window) {
        if (!p.before().isEmpty() && WordsBefore.match(s, window, v, p.before()) == null) {
            return false;
        }
        if (p.compound() && s.children(v).stream().filter(d -> d.relation().equals("nsubj")
                || d.relation().equals("nsubj:xsubj")).count() < 2) {
            return false;
        }
        for (String particle : p.particles()) {
            if (s.children(v).stream().noneMatch(d -> d.relation().equals("compound:prt")
                    && s.token(d.dependent()).lemma().equals(particle))) {
                return false;
            }
        }
        if (!p.objects().isEmpty() && Targets.patternObjects(s, v, p).isEmpty()) {
            return false;
        }
        for (VerbPattern.PrepNoun pn : p.prepNouns()) {
            if (Targets.prepNounDependents(s, v, pn).isEmpty()) {
                return false;
            }
        }
        for (String prep : p.preps()) {
            if (Targets.prepDependents(s, v, prep, p).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private List<EventCandidate> verbEvents(Sentence s, int v, VerbPattern p, ResolvedActors actors) {
        boolean passive = s.children(v).stream().anyMatch(d -> d.relation().equals("nsubj:pass")
                || d.relation().equals("aux:pass"));
        List<Integer> sources = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            String r = d.relation();
            if (passive ? r.equals("obl:agent") || r.equals("obl:by") : r.equals("nsubj") || r.equals("nsubj:xsubj")) {
                sources.add(d.dependent());
            }
        }
        if (passive && sources.isEmpty()) {
            sources.addAll(ImpliedParties.agentlessSource(s, v, p.code(), actors));
        }
        if (!p.preps().isEmpty()) {
            targets.addAll(Targets.prepDependents(s, v, p.preps().get(p.preps().size() - 1), p));
        } else if (!p.objects().isEmpty()) {
            Targets.patternObjects(s, v, p).stream().filter(o -> !actorsOnlyInPatternWords(s, o, p, actors))
                    .forEach(targets::add);
        } else {
            for (Dependency d : s.children(v)) {
                if (passive ? d.relation().equals("nsubj:pass") : d.relation().equals("obj") || d.relation().equals("iobj")) {
                    targets.add(d.dependent());
                }
            }
            if (targets.isEmpty() && !passive) {
                targets.addAll(Targets.smallClauseSubjects(s, v, sources));
            }
            if (targets.isEmpty()) {
                targets.addAll(Targets.complementTargets(s, v));
            }
            if (targets.isEmpty() && !p.speech()) {
                targets.addAll(Targets.clauseSubjects(s, v));
            }
        }
        if (p.compound()) {   // "the Philippines and France agree": each with the other
            targets = new ArrayList<>();
        }
        if (p.code().root().equals("11")) {
            List<Integer> about = Targets.complainedAbout(s, v);
            if (about.stream().anyMatch(t -> !actorsOrNounSource(s, t, actors).isEmpty())) {
                targets = about;
            }
        }
        double strength = 0.75 + 0.05 * Math.min(p.specificity(), 3);
        boolean swapped = p.reverse() && p.preps().isEmpty();   // [:Y]: whom it finds is the source
        java.util.function.Predicate<Actor> noTarget = swapped ? a -> false : Targets::withoutCountry;
        if ((!p.reverse() || swapped) && !p.speech() && !p.compound() && !p.code().root().equals("01")
                && targets.stream().allMatch(t -> actorsOrNounSource(s, t, actors).stream().allMatch(noTarget))) {
            List<Integer> near = Targets.nearestActors(s, v, actors, sources, noTarget);
            if (!near.isEmpty()) {
                targets = near;
                strength -= 0.1;
            }
        }
        if (p.code().root().equals("07") && !Targets.dependents(s, v, Set.of("xcomp")).isEmpty()
                && targets.stream().allMatch(t -> actorsOrNounSource(s, t, actors).isEmpty())) {
            return List.of();   // "the French military helped to plan the killings": taking part, not aid
        }
        Modality modal = Modality.of(s, v, WordsBefore.match(s, v, p.before()));
        String rule = p.origin() + " " + p.text();
        List<EventCandidate> out = p.reverse()
                ? dyads(s, v, s.token(v).span(), p.code(), targets, sources, actors, modal, rule, strength, p.mutual())
                : dyads(s, v, s.token(v).span(), p.code(), sources, targets, actors, modal, rule, strength, p.mutual());
        if (p.back() != null) {   // [043:042]: the host receives, the guest visits
            for (EventCandidate c : List.copyOf(out)) {
                if (c.target() != null) {
                    out.add(new EventCandidate(c.sentence(), c.anchor(), c.trigger(), p.back(), c.target(), c.source(),
                            c.factuality(), c.modality(), null, rule + " (done back)", c.strength() * 0.9));
                }
            }
        }
        return out;
    }

    /** Who a blaming predicate blames ("the Russian mercenaries ... cause instability"): its subjects. */
    private List<EventCandidate> blamed(Sentence s, int v, VerbPattern p, ResolvedActors actors) {
        List<EventCandidate> out = new ArrayList<>();
        for (Dependency d : s.children(v)) {
            if (d.relation().equals("nsubj")) {
                for (Actor a : actorsOrNounSource(s, d.dependent(), actors)) {
                    out.add(new EventCandidate(s.index(), v, s.token(v).span(), p.code(), a, null,
                            Factuality.ASSERTED, List.of(), null, p.origin() + " " + p.text(), 0.7));
                }
            }
        }
        return out;
    }

    private List<EventCandidate> nounEvents(Sentence s, int n, ResolvedActors actors) {
        NounPattern p = nounPattern(s, n);
        if (p == null || takenByVerb(s, n) || requested(s, n) || unreal(s, n)
                || actors.insideName(s.index(), s.token(n).span())) {
            return List.of();
        }
        List<Integer> sources = nounSources(s, n, p);
        List<Integer> targets = new ArrayList<>();
        for (Dependency d : s.children(n)) {
            if (d.baseRelation().equals("nmod") && Targets.NOUN_TARGET_PREPS.contains(d.subtype())) {
                targets.add(d.dependent());
            } else if (d.relation().startsWith("acl")) {
                targets.addAll(Targets.prepObjects(s, d.dependent()));
            }
            if (d.relation().equals("ccomp") || d.relation().equals("acl") || d.relation().equals("acl:that")) {
                targets.addAll(Targets.clauseSubjectsOf(s, d.dependent()));
            }
        }
        int participle = Targets.participleOver(s, n);
        if (participle >= 0) {
            targets.addAll(Targets.prepObjects(s, participle));
        }
        if (targets.stream().allMatch(t -> actorsOrNounSource(s, t, actors).isEmpty()) && forceOf(p.code())) {
            targets.addAll(Targets.dependents(s, n, Set.of("nmod:of")));   // "the blockade of Serbia"
        }
        double strength = 0.7;
        if (sources.stream().allMatch(i -> actors.at(s.index(), i).isEmpty())) {
            sources.clear();
            for (Dependency up : s.parents(n)) {
                if (up.baseRelation().equals("obj") || up.baseRelation().equals("obl")
                        && CLAUSE_OWN_PREPS.contains(up.subtype())
                        && !(up.subtype().equals("for") && p.code().quadClass() == 4)) {
                    for (Dependency d : s.children(up.governor())) {
                        if (d.relation().equals("nsubj")) {
                            sources.add(d.dependent());
                        }
                    }
                }
            }
            strength = 0.6;
        }
        int first = n - (p.words().size() - 1);
        Span trigger = s.span(first, n);
        return dyads(s, n, trigger, p.code(), sources, targets, actors, Modality.ofNoun(s, n), p.origin() + " "
                + String.join(" ", p.words()), strength, false);
    }

    /** Coercion, sanctions and force (CAMEO 16 to 20): what they are "of" is what they are done to. */
    private static boolean forceOf(CameoCode code) {
        int root = Integer.parseInt(code.root());
        return root >= 16 && root <= 20;
    }


    /**
     * Who makes the event a noun expresses: a possessor ("Germany's call"), a nationality ("the German
     * call"), a "by" phrase, or the agent of a participle on it ("the attack launched by Haftar").
     */
    private static List<Integer> nounSources(Sentence s, int n, NounPattern p) {
        List<Integer> sources = new ArrayList<>();
        for (Dependency d : s.children(n)) {
            String r = d.relation();
            if (r.equals("nmod:poss") || r.equals("amod") || r.equals("nmod:by") || r.equals("nmod:agent")) {
                sources.add(d.dependent());
            } else if (r.equals("compound") && !p.words().contains(s.token(d.dependent()).lemma())
                    && !"LOCATION".equals(s.token(d.dependent()).ner())) {
                sources.add(d.dependent());
            } else if (r.startsWith("acl")) {
                sources.addAll(Targets.agents(s, d.dependent()));
            }
        }
        int participle = Targets.participleOver(s, n);
        if (participle >= 0) {
            sources.addAll(Targets.agents(s, participle));
        }
        return sources;
    }

    private NounPattern nounPattern(Sentence s, int n) {
        NounPattern best = null;
        for (NounPattern p : lexicon.nouns(s.token(n).lemma())) {
            int k = p.words().size();
            if (n - (k - 1) < 0) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < k - 1; i++) {
                if (!s.token(n - (k - 1) + i).lemma().equals(p.words().get(i))) {
                    ok = false;
                    break;
                }
            }
            if (ok && (best == null || k > best.words().size())) {
                best = p;
            }
        }
        return best;
    }

    /**
     * Prepositions by which an event noun in a clause is the subject's own doing ("in a press conference
     * with X, Maas said", "return to Geneva for talks"); after "over", "after", "since" or "despite" it is
     * someone else's ("complained over the raids", "since last month's invasion"), and so is an act of
     * force after "for" ("expressed sorrow for the shootings", "apologised for the attack").
     */
    private static final Set<String> CLAUSE_OWN_PREPS = Set.of("in", "at", "during", "with", "on", "through", "via",
            "for");

    /** Modifiers by which an event noun names what has not happened: "a possible war". */
    private static final Set<String> UNREAL = Set.of("possible", "potential", "likely", "planned", "proposed",
            "prospective", "future", "threatened", "eventual", "hypothetical", "would-be", "alleged");

    /**
     * An event noun that names what has not happened ("a possible war against Iraq", "the planned
     * deployment") or only an allegation is not an event.
     */
    private static boolean unreal(Sentence s, int n) {
        return s.children(n).stream().anyMatch(d -> d.relation().equals("amod")
                && (UNREAL.contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))
                || UNREAL.contains(s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT))));
    }

    /**
     * An event noun that someone appeals for, demands or rejects ("called for sanctions against Nigeria",
     * "demanded a truce", "rejected the deployment of a force") has not happened: only the appeal, demand
     * or rejection is an event.
     */
    private boolean requested(Sentence s, int n) {
        for (Dependency up : s.parents(n)) {
            int v = up.governor();
            if (v < 0 || !s.token(v).isVerb() || !(up.relation().equals("obj") || up.relation().equals("obl:for"))) {
                continue;
            }
            VerbPattern p = bestVerbPattern(s, v);
            if (p != null && (p.code().root().equals("02") || p.code().root().equals("10")
                    || p.code().root().equals("12"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * An event noun that a verb pattern already codes ("issued an appeal", "warned against military
     * action") is not coded again.
     */
    private boolean takenByVerb(Sentence s, int n) {
        for (Dependency up : s.parents(n)) {
            int v = up.governor();
            boolean object = up.relation().equals("obj") || up.relation().equals("nsubj:pass");
            boolean oblique = up.baseRelation().equals("obl") || up.baseRelation().equals("nmod");
            if ((object || oblique) && v >= 0 && s.token(v).isVerb()) {
                VerbPattern p = bestVerbPattern(s, v);
                if (p == null) {
                    continue;
                }
                if (object && !p.objects().isEmpty() && Targets.patternObjects(s, v, p).contains(n)) {
                    return true;   // "violated ceasefire agreements" matched by =ceasefire too
                }
                for (VerbPattern.PrepNoun pn : p.prepNouns()) {
                    if (oblique && Targets.prepNounDependents(s, v, pn).contains(n)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private List<EventCandidate> dyads(Sentence s, int anchor, Span trigger, CameoCode code, List<Integer> sources,
                                       List<Integer> targets, ResolvedActors actors, Modality modal, String rule,
                                       double strength, boolean mutual) {
        List<EventCandidate> out = new ArrayList<>();
        List<Actor> targetActors = new ArrayList<>();
        for (int t : targets) {
            targetActors.addAll(actorsOrNounSource(s, t, actors));
        }
        targetActors.removeIf(Targets::withoutCountry);
        if (targetActors.isEmpty() && (mutual || Intent.reciprocal(code))) {
            List<Actor> parties = new ArrayList<>();
            sources.forEach(src -> parties.addAll(ImpliedParties.sourceActors(s, src, actors)));
            if (parties.size() >= 2) {
                for (Actor a : parties) {
                    for (Actor b : parties) {
                        if (!a.sameParty(b)) {
                            out.add(new EventCandidate(s.index(), anchor, trigger, code, a, b, modal.factuality(),
                                    modal.marks(), null, rule + " (reciprocal)", strength * 0.9));
                        }
                    }
                }
                return out;
            }
        }
        for (int src : sources) {
            for (Actor a : ImpliedParties.sourceActors(s, src, actors)) {
                if (targetActors.isEmpty()) {
                    out.add(new EventCandidate(s.index(), anchor, trigger, code, a, null, modal.factuality(),
                            modal.marks(), null, rule, strength * (targets.isEmpty() ? 1.0 : 0.8)));
                }
                for (Actor b : targetActors) {
                    if (!a.sameParty(b)) {
                        out.add(new EventCandidate(s.index(), anchor, trigger, code, a, b, modal.factuality(),
                                modal.marks(), null, rule, strength));
                        if (mutual) {
                            out.add(new EventCandidate(s.index(), anchor, trigger, code, b, a, modal.factuality(),
                                    modal.marks(), null, rule + " (mutual)", strength * 0.9));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The actors at a token; for an event noun without any ("the German call"), whoever makes it; for
     * another noun, whose it is ("a Senegalese peace plan", "Israel's proposals").
     */
    /**
     * Whether the pattern's object has actors only on words the pattern names: in "contribute a million
     * Swiss francs" ({@code =francs ~swiss}) "Swiss" is part of the event phrase, not its target.
     */
    private static boolean actorsOnlyInPatternWords(Sentence s, int object, VerbPattern p, ResolvedActors actors) {
        if (!actors.at(s.index(), object).isEmpty()) {
            return false;
        }
        Set<String> words = new java.util.HashSet<>(p.objects());
        p.objectModifiers().forEach(words::addAll);
        boolean any = false;
        for (Dependency d : s.children(object)) {
            if (!actors.at(s.index(), d.dependent()).isEmpty() && NOUN_MODIFIERS.contains(d.relation())) {
                Token m = s.token(d.dependent());
                if (!words.contains(m.lemma().toLowerCase(java.util.Locale.ROOT))
                        && !words.contains(m.word().toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Relations by which a noun's modifiers can name its actor: "Libyan forces", "Turkey's army". */
    private static final Set<String> NOUN_MODIFIERS = Set.of("amod", "nmod:poss", "compound");

    private List<Actor> actorsOrNounSource(Sentence s, int t, ResolvedActors actors) {
        List<Actor> direct = actors.at(s.index(), t);
        if (!direct.isEmpty()) {
            return direct;
        }
        NounPattern p = nounPattern(s, t);
        List<Actor> out = new ArrayList<>();
        if (p != null) {
            for (int src : nounSources(s, t, p)) {
                out.addAll(actors.at(s.index(), src));
            }
            return out;
        }
        for (Dependency d : s.children(t)) {
            if (NOUN_MODIFIERS.contains(d.relation())) {
                out.addAll(actors.at(s.index(), d.dependent()));
            }
        }
        return out;
    }


    /**
     * Whether one actor's code contains the other's ("LBN" and "LBNGOV": Lebanon and its president), or
     * both are absent; "FORLEG" and "FORGOV" are two actors.
     */
    private static boolean sameOrWider(Actor a, Actor b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.code().startsWith(b.code()) || b.code().startsWith(a.code());
    }

    /** How precise an event's actors are: the length of their codes. */
    private static int precision(EventCandidate c) {
        return c.source().code().length() + (c.target() == null ? 0 : c.target().code().length());
    }

    /**
     * One candidate per source, target and root in a sentence: the strongest; and an event without a
     * target gives way to the same source's event of the same root with one ("guerrillas wounded two
     * soldiers in a bomb attack" is one attack on the soldiers, not also an attack on no one), or to
     * the same source's event on the verb its noun depends on ("aircraft killed 46 civilians in an
     * attack": the attack is the killing).
     */
    private static List<EventCandidate> dedupe(Sentence s, List<EventCandidate> in) {
        Map<String, EventCandidate> best = new LinkedHashMap<>();
        for (EventCandidate c : in) {
            best.merge(c.key(), c, (a, b) -> b.strength() > a.strength() ? b : a);
        }
        List<EventCandidate> out = new ArrayList<>();
        for (EventCandidate c : best.values()) {
            boolean subsumed = c.target() == null && best.values().stream().anyMatch(o -> o.target() != null
                    && o.source().sameParty(c.source()) && o.factuality() == c.factuality()
                    && (o.code().root().equals(c.code().root()) || s.parents(c.anchor()).stream()
                    .anyMatch(d -> d.governor() == o.anchor() && d.baseRelation().equals("obl"))));
            if (subsumed) {
                continue;
            }
            // one trigger, one dyad: "held talks with President Suleiman during a visit to Beirut" is one
            // event with Lebanon's president, not one with him and one with Lebanon; the more precise stays
            int same = -1;
            for (int j = 0; j < out.size() && same < 0; j++) {
                EventCandidate o = out.get(j);
                if (o.anchor() == c.anchor() && o.factuality() == c.factuality() && o.code().root().equals(c.code().root())
                        && sameOrWider(o.source(), c.source()) && sameOrWider(o.target(), c.target())) {
                    same = j;
                }
            }
            if (same < 0) {
                out.add(c);
            } else if (precision(c) > precision(out.get(same))) {
                out.set(same, c);
            }
        }
        return out;
    }
}
