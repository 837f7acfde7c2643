/**
 * Event coding: what happened between whom, in CAMEO codes.
 *
 * <p>Input: an annotated article and its {@link org.herodotus.actors.ResolvedActors}. Output:
 * {@link org.herodotus.coding.EventCandidate}s (source, target, CAMEO code, factuality, claimant, trigger,
 * rule) and {@link org.herodotus.coding.Trigger}s (every lexicon match, with or without actors). The
 * {@link org.herodotus.coding.Lexicon} (verb patterns and event nouns, {@code lexicon/}) and the
 * {@link org.herodotus.coding.CameoTable} (codes with Goldstein values, QuadClass and PLOVER types,
 * {@code cameo/}) are commented data files; {@link org.herodotus.coding.PetrarchVerbs} reads PETRARCH verb
 * dictionaries into the same patterns.
 *
 * <p>Invariants: a candidate has a source; it never pairs a party with itself; a claimed candidate has a
 * claimant. Threading: lexicon and table are immutable; the coder keeps no state between articles.
 */
package org.herodotus.coding;
