package org.herodotus.coding;

import org.herodotus.model.Dependency;
import org.herodotus.model.Factuality;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The factuality of an event, read from the words around its verb or noun: a negation, modal
 * auxiliaries ("will", "might"), an "if" or "unless" clause, and the verb that governs it ("failed to",
 * "wants to", "said they would"). {@code marks} keeps what the factuality alone does not say ({@code
 * future} on a negated event, {@code conditional}).
 *
 * @param factuality asserted, negated, future or hypothetical
 * @param marks      modal marks beside the factuality
 */
record Modality(Factuality factuality, List<String> marks) {

    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> HYPOTHETICAL = Set.of("might", "may", "could", "would", "should", "must", "ought");
    /** Conjunctions of a condition that makes a future act a threat: "will withdraw unless ...". */
    private static final Set<String> CONDITIONS = Set.of("unless", "if");
    /** Verbs whose infinitive did not happen: "failed to reach an agreement". */
    private static final Set<String> FAILED = Set.of("fail", "refuse", "decline", "neglect");
    /**
     * Verbs and adjectives of intent: the act in their infinitive is what the actor says it will do
     * ("vowed to attack", "is willing to withdraw"), coded as an intent or a threat by {@link Intent}.
     */
    private static final Set<String> INTENDS = Set.of("want", "plan", "intend", "hope", "seek", "aim", "prepare",
            "vow", "pledge", "promise", "expect", "wish", "decide", "willing", "ready", "prepared", "determined",
            "eager", "poised");
    /**
     * Of those, the words by which the act is about to happen rather than intended ("prepared to attend",
     * "is poised to"): a literal pattern keeps its code after them, as after "will".
     */
    private static final Set<String> IMMINENT = Set.of("prepare", "prepared", "ready", "poised");
    /** Verbs of saying whose "would" is a reported "will": "said they would meet". */
    private static final Set<String> REPORTING = Set.of("say", "announce", "state", "declare", "tell", "add",
            "confirm", "insist", "indicate", "report", "claim", "affirm", "reiterate", "stress", "note", "write",
            "promise", "pledge", "vow", "warn", "agree", "decide", "believe", "think", "hope", "expect");

    Modality {
        marks = List.copyOf(marks);
    }

    /** Whether the edge leads to a conditional clause: an adverbial clause marked "if" or "unless". */
    static boolean condition(Sentence s, Dependency d) {
        return d.relation().startsWith("advcl") && s.children(d.dependent()).stream().anyMatch(m ->
                m.relation().equals("mark") && CONDITIONS.contains(s.token(m.dependent()).lemma()));
    }

    /** Whether the edge leads to a negation: "not", "never", "n't". */
    static boolean negation(Sentence s, Dependency d) {
        String lemma = s.token(d.dependent()).lemma();
        return d.relation().equals("advmod") && (lemma.equals("not") || lemma.equals("never")
                || s.token(d.dependent()).word().equalsIgnoreCase("n't"));
    }

    /** Negation and modal auxiliaries on the verb (or the copula-less noun) decide the factuality. */
    static Modality of(Sentence s, int v) {
        return of(s, v, Set.of());
    }

    /**
     * The factuality, where a negation among the {@code patternWords} does not count: a pattern that
     * names it ({@code - WILL NOT * [081]}) has coded it already.
     */
    static Modality of(Sentence s, int v, Set<Integer> patternWords) {
        boolean negated = false;
        boolean future = false;
        boolean hypothetical = false;
        boolean conditional = false;
        boolean unless = false;
        for (Dependency d : s.children(v)) {
            String lemma = s.token(d.dependent()).lemma();
            String word = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if (negation(s, d)) {
                negated |= !patternWords.contains(d.dependent());
            } else if (d.relation().equals("aux") && FUTURE.contains(word)) {
                future = true;
            } else if (d.relation().equals("aux") && HYPOTHETICAL.contains(word)) {
                hypothetical = true;
            } else if (d.relation().equals("mark") && lemma.equals("if")) {
                hypothetical = true;
            } else if (condition(s, d)) {
                conditional = true;
                unless |= s.children(d.dependent()).stream().anyMatch(m ->
                        m.relation().equals("mark") && s.token(m.dependent()).lemma().equals("unless"));
            }
        }
        for (Dependency up : s.parents(v)) {
            if (up.relation().equals("xcomp") && up.governor() >= 0 && (FAILED.contains(s.token(up.governor()).lemma())
                    || s.children(up.governor()).stream().anyMatch(d -> negation(s, d)
                            && !patternWords.contains(d.dependent())))) {
                negated = true;
            } else if (up.relation().equals("xcomp") && up.governor() >= 0 && intends(s, up.governor())) {
                future = true;
            } else if (up.relation().equals("ccomp") && up.governor() >= 0 && hypothetical && would(s, v)
                    && REPORTING.contains(s.token(up.governor()).lemma())) {
                hypothetical = false;
                future = true;
            }
        }
        List<String> marks = new ArrayList<>();
        if (future) {
            marks.add("future");
        }
        if (conditional) {
            marks.add(unless ? "unless" : "conditional");
        }
        if (hypothetical) {
            marks.add("hypothetical");
        }
        Factuality f = negated ? Factuality.NEGATED : hypothetical ? Factuality.HYPOTHETICAL
                : future ? Factuality.FUTURE : Factuality.ASSERTED;
        return new Modality(f, negated || conditional ? marks : List.of());
    }

    /** Whether "would" is the verb's only modal: "said they would meet" reports a "will". */
    private static boolean would(Sentence s, int v) {
        boolean would = false;
        for (Dependency d : s.children(v)) {
            String word = s.token(d.dependent()).word().toLowerCase(java.util.Locale.ROOT);
            if (d.relation().equals("aux") && HYPOTHETICAL.contains(word)) {
                if (!word.equals("would")) {
                    return false;
                }
                would = true;
            } else if (d.relation().equals("mark") && s.token(d.dependent()).lemma().equals("if")) {
                return false;
            }
        }
        return would;
    }

    /**
     * Whether the token is a verb or adjective of intent ("vowed to", "is willing to"): the act in its
     * infinitive is coded, as an intent, instead of the general intent the verb itself stands for.
     */
    static boolean intends(Sentence s, int t) {
        return INTENDS.contains(s.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the token says the act of its infinitive is about to happen ("prepared to attend"). */
    static boolean imminent(Sentence s, int t) {
        return IMMINENT.contains(s.token(t).lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The modality of an event noun: its own, else that of the verb whose object it is ("would tighten
     * the blockade" is a future blockade).
     */
    static Modality ofNoun(Sentence s, int n) {
        Modality own = of(s, n);
        if (own.factuality() != Factuality.ASSERTED) {
            return own;
        }
        for (Dependency up : s.parents(n)) {
            if (up.relation().equals("obj") && up.governor() >= 0 && s.token(up.governor()).isVerb()) {
                return of(s, up.governor());
            }
        }
        return own;
    }
}
