/**
 * The pipeline: the stages in order (annotate, actors, coding, geo, dates), then assembly into
 * {@link org.herodotus.model.Event}s with stable ids, evidence and confidence.
 *
 * <p>{@link org.herodotus.pipeline.Pipeline} takes every stage in its constructor and refuses a missing
 * one; {@link org.herodotus.pipeline.Dictionaries} builds one over PETRARCH dictionaries. Coding an article
 * never throws for its content: a failure is a {@link org.herodotus.pipeline.CodedArticle} with a problem
 * naming the stage, the article and the fix, so one bad article never stops a batch. Threading: a pipeline
 * is shared by all threads; {@code codeAll} codes a batch in parallel and returns it in input order.
 */
package org.herodotus.pipeline;
