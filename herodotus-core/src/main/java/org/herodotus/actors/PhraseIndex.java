package org.herodotus.actors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over word keys ({@link Names#key}) that finds, from a start token, the longest phrase that
 * names something in the knowledge base.
 */
final class PhraseIndex {

    private static final class Node {
        final Map<String, Node> next = new HashMap<>();
        final List<Anchor> anchors = new ArrayList<>();
    }

    /** A phrase found in a token sequence: tokens {@code [from, to)} with what it can stand for. */
    record Match(int from, int to, List<Anchor> anchors) {
    }

    private final Node root = new Node();

    static PhraseIndex build(Collection<Country> countries, Collection<Entity> entities,
                             Map<String, List<String>> agents) {
        PhraseIndex ix = new PhraseIndex();
        for (Country c : countries) {
            ix.add(c.name(), new Anchor.CountryWord(c, Anchor.CountryWord.Kind.NAME));
            c.otherNames().forEach(n -> ix.add(n, new Anchor.CountryWord(c, Anchor.CountryWord.Kind.NAME)));
            c.adjectives().forEach(n -> ix.add(n, new Anchor.CountryWord(c, Anchor.CountryWord.Kind.ADJECTIVE)));
            c.capitals().forEach(n -> ix.add(n, new Anchor.CountryWord(c, Anchor.CountryWord.Kind.CAPITAL)));
        }
        for (Entity e : entities) {
            Anchor a = new Anchor.EntityName(e);
            ix.add(e.name(), a);
            e.aliases().forEach(n -> ix.add(n, a));
        }
        agents.forEach((phrase, sectors) -> ix.add(phrase, new Anchor.AgentWord(sectors)));
        return ix;
    }

    private void add(String phrase, Anchor anchor) {
        List<String> keys = Names.keys(phrase);
        if (keys.isEmpty()) {
            return;
        }
        Node n = root;
        for (String k : keys) {
            n = n.next.computeIfAbsent(k, x -> new Node());
        }
        if (!n.anchors.contains(anchor)) {
            n.anchors.add(anchor);
        }
    }

    /**
     * The longest phrase starting at {@code from} among {@code keys} (keys of the sentence's tokens,
     * empty strings for tokens to step over, such as a bare "al"), or null.
     */
    Match longest(List<String> keys, int from) {
        if (keys.get(from).isEmpty()) {
            return null;
        }
        Node n = root;
        Match best = null;
        for (int i = from; i < keys.size(); i++) {
            String k = keys.get(i);
            if (k.isEmpty()) {
                if (i == from) {
                    return null;
                }
                continue;
            }
            n = n.next.get(k);
            if (n == null) {
                break;
            }
            if (!n.anchors.isEmpty()) {
                best = new Match(from, i + 1, List.copyOf(n.anchors));
            }
        }
        return best;
    }
}
