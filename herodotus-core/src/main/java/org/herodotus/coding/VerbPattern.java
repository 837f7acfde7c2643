package org.herodotus.coding;

import org.herodotus.model.CameoCode;

import java.util.List;
import java.util.Set;

/**
 * A verb pattern of the lexicon: {@code launch =attack|offensive +on} is the verb lemma
 * {@code launch} with a direct object {@code attack} or {@code offensive} and a dependent introduced
 * by {@code on}, whose noun is the target.
 *
 * @param verb      verb lemma
 * @param particles phrasal particles ({@code out} in "pull out")
 * @param objects   allowed lemmas of the direct object; empty when the object is not constrained
 * @param preps     prepositions of oblique dependents; the last one's noun is the target
 * @param code      the CAMEO code
 * @param flags     what else the pattern says ({@link Flag})
 * @param origin    file and line, for debugging and the evidence's rule
 */
public record VerbPattern(String verb, List<String> particles, Set<String> objects, List<String> preps,
                          CameoCode code, Set<Flag> flags, String origin) {

    /** Marks of a pattern beyond its words. */
    public enum Flag {
        /** A verb of saying: its clausal complement is a claim of the speaker. */
        SPEECH,
        /**
         * The roles are the other way round: in "X received support from Y" Y acts on X, so the
         * prepositional noun is the source and the subject the target.
         */
        REVERSE,
        /**
         * The predicate blames its subject ("cause instability"): not an event of its own, but in what
         * a speaker says it makes the speech a criticism (111) of the subject.
         */
        BLAME
    }

    public VerbPattern {
        particles = List.copyOf(particles);
        objects = Set.copyOf(objects);
        preps = List.copyOf(preps);
        flags = flags.isEmpty() ? Set.of() : java.util.EnumSet.copyOf(flags);
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

    /** How many constraints the pattern adds to its verb; the most specific match wins. */
    public int specificity() {
        return particles.size() + (objects.isEmpty() ? 0 : 1) + preps.size();
    }

    public String text() {
        StringBuilder b = new StringBuilder(verb);
        particles.forEach(p -> b.append(' ').append(p));
        if (!objects.isEmpty()) {
            b.append(" =").append(String.join("|", new java.util.TreeSet<>(objects)));
        }
        preps.forEach(p -> b.append(" +").append(p));
        return b.toString();
    }
}
