package org.herodotus.coding;

import org.herodotus.model.CameoCode;

import java.util.List;
import java.util.Set;

/**
 * A verb pattern of the lexicon: {@code launch =attack|offensive +on} is the verb lemma
 * {@code launch} with a direct object {@code attack} or {@code offensive} and a dependent introduced
 * by {@code on}, whose noun is the target. {@code abandon =tie|ties ~diplomatic} wants the object to
 * carry the modifier "diplomatic", and {@code warn +against:action|actions ~military} wants a dependent
 * "military action" introduced by "against" (a constraint, not the target).
 *
 * @param verb            verb lemma
 * @param particles       phrasal particles ({@code out} in "pull out")
 * @param objects         allowed lemmas of the direct object; empty when the object is not constrained
 * @param objectModifiers words that must modify the object, each given by its allowed lemmas or words
 *                        ("diplomatic" in "diplomatic ties"); empty unless {@code objects} is not
 * @param prepNouns       prepositional dependents with a noun of their own ("against military action"):
 *                        constraints only, never the target
 * @param preps           prepositions of oblique dependents; the last one's noun is the target
 * @param before          words that must come before the verb, in this order, each unit given by its
 *                        alternatives; an alternative of several words ({@code "did n't"}) is a run of
 *                        adjacent tokens ({@link WordsBefore})
 * @param code            the CAMEO code
 * @param back            what the target does to the source in return, or null: PETRARCH's {@code [043:042]}
 *                        (X receives Y: X hosts Y, and Y visits X)
 * @param flags           what else the pattern says ({@link Flag})
 * @param origin          file and line, for debugging and the evidence's rule
 */
public record VerbPattern(String verb, List<String> particles, Set<String> objects,
                          List<Set<String>> objectModifiers, List<PrepNoun> prepNouns, List<String> preps,
                          List<Set<String>> before, CameoCode code, CameoCode back, Set<Flag> flags,
                          String origin) {

    /**
     * A prepositional dependent with a noun: "against military action" is the preposition
     * {@code against}, the head lemmas {@code action|actions} and the modifier {@code military}.
     *
     * @param prep      the preposition (the relation's subtype, {@code obl:against})
     * @param heads     allowed lemmas of the noun
     * @param modifiers words that must modify the noun, each given by its allowed lemmas or words
     */
    public record PrepNoun(String prep, Set<String> heads, List<Set<String>> modifiers) {

        public PrepNoun {
            if (heads.isEmpty()) {
                throw new IllegalArgumentException("a prepositional noun needs a head lemma");
            }
            heads = Set.copyOf(heads);
            modifiers = copy(modifiers);
        }

        /** {@code +prep:head|head} and a {@code ~mod|mod} per modifier. */
        public String text() {
            StringBuilder b = new StringBuilder("+").append(prep).append(':').append(alternatives(heads));
            modifiers.forEach(m -> b.append(" ~").append(alternatives(m)));
            return b.toString();
        }
    }

    /** The object lemma that allows any direct object ({@code return =*}: returned anything, not "returned home"). */
    public static final String ANY_OBJECT = "*";

    /** Marks of a pattern beyond its words. */
    public enum Flag {
        /** A verb of saying: its clausal complement is a claim of the speaker. */
        SPEECH,
        /**
         * The roles are the other way round: in "X received support from Y" Y acts on X, so the
         * prepositional noun is the source and the subject the target; without a preposition, whatever
         * would be the target is the source (PETRARCH's {@code [:Y]}: "X faces pressure from Y").
         */
        REVERSE,
        /**
         * The predicate blames its subject ("cause instability"): not an event of its own, but in what
         * a speaker says it makes the speech a criticism (111) of the subject.
         */
        BLAME,
        /**
         * The act is mutual (PETRARCH's {@code [X:X]} and compound subject {@code %}): a subject of two
         * parties acts on each other ("Gondor and Osgiliath renewed ties"), and the target acts back on
         * the source with the same code.
         */
        MUTUAL,
        /**
         * The subject must be two parties or more ("the Philippines and France agree"): PETRARCH's
         * {@code %} before the verb. Written {@code %} at the end of the pattern's text.
         */
        COMPOUND,
        /**
         * The code stands as written for what the subject will do, too: a PETRARCH dictionary codes "will
         * supply arms" as the supply (072), and writes intents as patterns of their own ({@code - WILL NOT
         * *}, {@code - SAID WOULD *}). The event is still {@code future}, and saying one will not
         * cooperate is still a refusal (120). Without it, a future act is
         * coded as the intent or threat it expresses ({@link Intent}), as the CAMEO codebook asks; after a
         * verb of intent ("wants to attack") it is, with or without.
         */
        LITERAL
    }

    public VerbPattern {
        particles = List.copyOf(particles);
        objects = Set.copyOf(objects);
        objectModifiers = copy(objectModifiers);
        if (objects.isEmpty() && !objectModifiers.isEmpty()) {
            throw new IllegalArgumentException("object modifiers without an object lemma");
        }
        prepNouns = List.copyOf(prepNouns);
        preps = List.copyOf(preps);
        before = copy(before);
        flags = flags.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(flags);
    }

    /** A pattern of verb, particles, object lemmas and bare prepositions only. */
    public VerbPattern(String verb, List<String> particles, Set<String> objects, List<String> preps,
                       CameoCode code, Set<Flag> flags, String origin) {
        this(verb, particles, objects, List.of(), List.of(), preps, List.of(), code, null, flags, origin);
    }

    private static List<Set<String>> copy(List<Set<String>> modifiers) {
        List<Set<String>> out = new java.util.ArrayList<>();
        for (Set<String> m : modifiers) {
            if (m.isEmpty()) {
                throw new IllegalArgumentException("a modifier needs at least one word");
            }
            out.add(Set.copyOf(m));
        }
        return List.copyOf(out);
    }

    private static String alternatives(Set<String> words) {
        return String.join("|", new java.util.TreeSet<>(words));
    }

    public boolean speech() {
        return flags.contains(Flag.SPEECH);
    }

    public boolean reverse() {
        return flags.contains(Flag.REVERSE);
    }

    public boolean blame() {
        return flags.contains(Flag.BLAME);
    }

    public boolean mutual() {
        return flags.contains(Flag.MUTUAL);
    }

    public boolean literal() {
        return flags.contains(Flag.LITERAL);
    }

    public boolean compound() {
        return flags.contains(Flag.COMPOUND);
    }

    /**
     * How many constraints the pattern adds to its verb; the most specific match wins. Each particle,
     * object, modifier, bare preposition and the demand for a compound subject counts one; a
     * prepositional noun counts two (its preposition and its noun) plus its modifiers; words before the
     * verb count one each (the fewest of a unit's alternatives).
     */
    public int specificity() {
        int n = particles.size() + (objects.isEmpty() ? 0 : 1) + objectModifiers.size() + preps.size()
                + (compound() ? 1 : 0);
        for (Set<String> unit : before) {
            n += unit.stream().mapToInt(a -> a.split(" ").length).min().orElse(0);
        }
        for (PrepNoun pn : prepNouns) {
            n += 2 + pn.modifiers().size();
        }
        return n;
    }

    /**
     * The pattern in the lexicon's syntax ({@code verb <before particle =obj ~mod +prep:noun ~mod +prep}),
     * one text per distinct pattern: alternatives are sorted, modifiers and prepositions keep their order;
     * the words of a several-word alternative before the verb are joined by {@code _}.
     */
    public String text() {
        StringBuilder b = new StringBuilder(verb);
        before.forEach(u -> b.append(" <").append(alternatives(u).replace(' ', '_')));
        particles.forEach(p -> b.append(' ').append(p));
        if (!objects.isEmpty()) {
            b.append(" =").append(alternatives(objects));
            objectModifiers.forEach(m -> b.append(" ~").append(alternatives(m)));
        }
        prepNouns.forEach(pn -> b.append(' ').append(pn.text()));
        preps.forEach(p -> b.append(" +").append(p));
        if (compound()) {
            b.append(" %");
        }
        return b.toString();
    }
}
