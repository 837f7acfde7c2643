package org.herodotus.pipeline;

import org.herodotus.coding.Trigger;
import org.herodotus.model.ActorMention;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Location;

import java.util.List;

/**
 * The result of coding one article: its events and actors, or the problem that stopped it.
 *
 * @param article   the article
 * @param sentences number of sentences
 * @param actors    actor mentions found
 * @param events    coded events, in text order
 * @param problem   null when coding succeeded; else one line naming the stage, the input and the fix
 * @param triggers  every lexicon match, with or without actors (what the sentences are about)
 * @param places    every toponym of the article resolved to a place, in text order
 */
public record CodedArticle(Article article, int sentences, List<ActorMention> actors, List<Event> events,
                           String problem, List<Trigger> triggers, List<Location> places) {

    public CodedArticle {
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        triggers = List.copyOf(triggers);
        places = List.copyOf(places);
    }

    public CodedArticle(Article article, int sentences, List<ActorMention> actors, List<Event> events,
                        String problem) {
        this(article, sentences, actors, events, problem, List.of(), List.of());
    }

    public static CodedArticle failed(Article article, String problem) {
        return new CodedArticle(article, 0, List.of(), List.of(), problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
