package org.herodotus.eval;

import java.util.List;
import java.util.Objects;
import org.herodotus.model.Span;

/**
 * Gold actor spans of one sentence, for scoring where a coder finds its actors.
 *
 * @param sources spans of source actors, half-open offsets into the article text, in text order
 * @param targets spans of target actors, in text order
 */
public record GoldSpans(List<Span> sources, List<Span> targets) {

    public GoldSpans {
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
    }
}
