/**
 * Deduplication: many reports of one real-world event become one event.
 *
 * <h2>Inputs and outputs</h2>
 * A {@link org.herodotus.dedup.Mention} is one coded report, built from an
 * {@link org.herodotus.model.Event} and its {@link org.herodotus.model.Article}: its dyad, CAMEO code,
 * day, place and evidence sentence. A {@link org.herodotus.dedup.Clusterer} places mentions, one at a
 * time and in order, into events: each mention joins the existing event it matches best under the
 * {@link org.herodotus.dedup.MergeRule}, or starts a new one. An event's id is derived from its first
 * mention's id ({@link org.herodotus.dedup.EventIds}) and never changes as later mentions join it.
 *
 * <h2>The rule</h2>
 * Two mentions may belong to one event when all of these hold: they come from different articles, or
 * from the same sentence of one article; they have the same CAMEO root; both are negated or neither is;
 * their days are at most {@code windowDays} apart; their source codes and their target codes are
 * compatible (equal, or one a prefix of the other sharing its country code, e.g. {@code TUR} and
 * {@code TURGOV}; a missing target is compatible with any), or, for symmetric codes (consult, sign an
 * agreement), the reversed dyad is; and their evidence sentences share at least one content word.
 * A mention joins an event only when it may belong with every mention already in it; among those events
 * it joins the one whose members' evidence is most similar, if that similarity reaches
 * {@code threshold}. Similarity weighs the cosine of the evidence sentences' content words
 * ({@link org.herodotus.dedup.EvidenceWords}), how closely the actor codes agree and whether the places
 * agree. The rule and its measured quality are documented in {@code docs/store.md}.
 *
 * <h2>Threading</h2>
 * Records are immutable; a {@code Clusterer} is mutable and meant for one thread.
 */
package org.herodotus.dedup;
