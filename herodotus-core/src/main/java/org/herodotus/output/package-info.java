/**
 * Serialisation of coded events: JSON Lines in the fields of {@code shared/eval/FORMAT.md}, a TSV
 * with one event a row, and a table for people. Pure formatting; no coding decisions here.
 */
package org.herodotus.output;
