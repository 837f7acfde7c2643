/**
 * The data model: immutable records that flow through the pipeline.
 *
 * <p>Every record that refers to text holds a {@link org.herodotus.model.Span}: half-open character
 * offsets into {@link org.herodotus.model.Article#text()}. Text is derived from offsets, never copied,
 * so {@code span.of(article.text())} is the exact evidence. Records validate themselves in their compact
 * constructors and are safe to share between threads.
 */
package org.herodotus.model;
