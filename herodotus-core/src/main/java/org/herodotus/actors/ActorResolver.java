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
        return new KbActorResolver(KbLoader.builtIn());
    }

    static ActorResolver over(KnowledgeBase kb) {
        return new KbActorResolver(kb);
    }
}
