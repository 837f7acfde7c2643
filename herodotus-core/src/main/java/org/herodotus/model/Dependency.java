package org.herodotus.model;

/**
 * A typed dependency between two tokens of one sentence (Universal Dependencies, enhanced++ labels
 * such as {@code nsubj}, {@code obj}, {@code obl:with}, {@code nmod:poss}).
 *
 * @param governor  index of the head token, or -1 for the root
 * @param dependent index of the dependent token
 * @param relation  the relation label
 */
public record Dependency(int governor, int dependent, String relation) {

    /** The relation without its subtype: {@code obl} for {@code obl:with}. */
    public String baseRelation() {
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }

    /** The relation's subtype ({@code with} for {@code obl:with}), or the empty string. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
