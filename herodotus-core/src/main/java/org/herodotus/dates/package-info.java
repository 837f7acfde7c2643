/**
 * Dates: when each event happened, as precisely as its text says.
 *
 * <p>Input: the annotated article (its normalised time expressions) and an event's anchor token.
 * Output: an {@link org.herodotus.model.EventDate} with value, precision ({@code day}, {@code month},
 * {@code year}) and source ({@code text}, or {@code publication} when the publication date stands in).
 * Relative expressions are resolved against the publication date. Stateless and thread-safe.
 */
package org.herodotus.dates;
