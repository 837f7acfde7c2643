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
 * @param speech    whether the verb reports speech (its clausal complement is a claim)
 * @param reverse   whether the roles are the other way round: in "X received support from Y" Y acts
 *                  on X, so the prepositional noun is the source and the subject the target
 * @param origin    file and line, for debugging and the evidence's rule
 */
public record VerbPattern(String verb, List<String> particles, Set<String> objects, List<String> preps,
                          CameoCode code, boolean speech, boolean reverse,
                          String origin) {

    public VerbPattern {
        particles = List.copyOf(particles);
        objects = Set.copyOf(objects);
        preps = List.copyOf(preps);
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
