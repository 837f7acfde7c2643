package org.herodotus.pipeline;

import org.herodotus.model.ActorMention;
import org.herodotus.model.Article;
import org.herodotus.model.Event;

import java.util.List;

/**
 * The result of coding one article: its events and actors, or the problem that stopped it.
 *
 * @param article   the article
 * @param sentences number of sentences
 * @param actors    actor mentions found
 * @param events    coded events, in text order
 * @param problem   null when coding succeeded; else one line naming the stage, the input and the fix
 */
public record CodedArticle(Article article, int sentences, List<ActorMention> actors, List<Event> events,
                           String problem) {

    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }

    public static CodedArticle failed(Article article, String problem) {
        return new CodedArticle(article, 0, List.of(), List.of(), problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
