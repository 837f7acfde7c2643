package org.herodotus.actors;

import org.herodotus.model.AnnotatedArticle;

/**
 * The actor stage: finds who is named or referred to in each sentence and resolves it to an actor
 * code valid on the article's date.
 */
@FunctionalInterface
public interface ActorResolver {

    ResolvedActors resolve(AnnotatedArticle article);

    /** The resolver over the built-in knowledge base. */
    static ActorResolver builtIn() {
        return new KbActorResolver(KbLoader.builtIn(), PlaceCountries.NONE);
    }

    static ActorResolver over(KnowledgeBase kb) {
        return new KbActorResolver(kb, PlaceCountries.NONE);
    }

    /** The resolver over a knowledge base, with place names giving the country of sector words. */
    static ActorResolver over(KnowledgeBase kb, PlaceCountries places) {
        return new KbActorResolver(kb, places);
    }
}
