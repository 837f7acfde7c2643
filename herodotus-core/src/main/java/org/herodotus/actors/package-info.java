/**
 * Actors: who is named or referred to, and who they act for on the article's date.
 *
 * <p>Input: an {@link org.herodotus.model.AnnotatedArticle}. Output: {@link org.herodotus.actors.ResolvedActors},
 * the actors of each noun phrase by its head token, and the article's maximal mentions. The
 * {@link org.herodotus.actors.KnowledgeBase} is read from commented data files ({@code kb/}) by
 * {@link org.herodotus.actors.KbLoader}, or from PETRARCH dictionaries by
 * {@link org.herodotus.actors.PetrarchActors}; {@link org.herodotus.actors.ActorResolver} matches names,
 * composes country and sector words over the parse, resolves pronouns and descriptions across sentences.
 *
 * <p>Invariants: every actor's span lies in the article text; an actor's code is its country (or
 * international code) followed by its sectors. Threading: knowledge bases are immutable and resolvers
 * stateless between articles, so both are shared by all threads.
 */
package org.herodotus.actors;
