package org.herodotus.coding;

import org.herodotus.actors.ResolvedActors;
import org.herodotus.model.AnnotatedArticle;

import java.util.List;

/** The event-coding stage: from a parsed article and its actors to event candidates. */
@FunctionalInterface
public interface EventCoder {

    /** The versioned name of the built-in coder, written into every event's {@code coder} field. */
    String NAME = "cameo-coder.v1";

    List<EventCandidate> code(AnnotatedArticle article, ResolvedActors actors);

    /** Every lexicon match of the article, with or without actors; none by default. */
    default List<Trigger> triggers(AnnotatedArticle article) {
        return List.of();
    }

    static EventCoder builtIn() {
        return new RuleEventCoder(Lexicon.builtIn(), CameoTable.builtIn());
    }

    static EventCoder over(Lexicon lexicon, CameoTable table) {
        return new RuleEventCoder(lexicon, table);
    }
}
