package org.herodotus.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with its tokens and dependency parse.
 *
 * @param index        0-based index in the article
 * @param span         offsets of the whole sentence in the article text
 * @param tokens       tokens in text order; {@code tokens.get(i).index() == i}
 * @param dependencies edges of the enhanced++ dependency graph (a token may have several governors)
 */
public record Sentence(int index, Span span, List<Token> tokens, List<Dependency> dependencies) {

    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).index() != i) {
                throw new IllegalArgumentException("token " + i + " of sentence " + index + " has index "
                        + tokens.get(i).index());
            }
            if (!span.contains(tokens.get(i).span())) {
                throw new IllegalArgumentException("token " + i + " lies outside sentence " + index);
            }
        }
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    public int size() {
        return tokens.size();
    }

    /** Dependents of {@code governor}, in the order of the parse. */
    public List<Dependency> children(int governor) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.governor() == governor) {
                out.add(d);
            }
        }
        return out;
    }

    /** Edges whose dependent is {@code dependent}. */
    public List<Dependency> parents(int dependent) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) {
            if (d.dependent() == dependent) {
                out.add(d);
            }
        }
        return out;
    }

    /** The span from the first to the last of the given tokens. */
    public Span span(int fromToken, int toTokenInclusive) {
        return new Span(tokens.get(fromToken).begin(), tokens.get(toTokenInclusive).end());
    }

    /** Index of the token covering the character offset, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) {
            if (t.begin() <= offset && offset < t.end()) {
                return t.index();
            }
        }
        return -1;
    }
}
