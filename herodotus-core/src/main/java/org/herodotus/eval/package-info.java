/**
 * Evaluation: gold readers and scoring against the contract of {@code shared/eval/FORMAT.md}.
 *
 * <p><b>Inputs.</b> A gold file in one of the {@link org.herodotus.eval.GoldFormat}s, read by its
 * {@link org.herodotus.eval.GoldReader} into {@link org.herodotus.eval.GoldArticle}s: a text with gold
 * {@link org.herodotus.eval.GoldEvent}s, a PentaClass label, or gold actor spans. Readers fail with a
 * {@link org.herodotus.eval.GoldFormatException} naming the file, the record and the fix.
 *
 * <p><b>Outputs.</b> {@link org.herodotus.eval.Evaluator} codes each scored record with a
 * {@code Function<Article, List<Event>>} and {@link org.herodotus.eval.EventScorer} turns gold and
 * predictions into a {@link org.herodotus.eval.Report}: TP/FP/FN and P/R/F1 per
 * {@link org.herodotus.eval.Level} (root, strict, plover), tables per code and per gold category, a
 * confusion table, misses and extras with their text, a reliability table per confidence band, negated and
 * claimed events apart, PentaClass accuracy and macro-F1, and span F1. The report serialises to JSON; its
 * {@link org.herodotus.eval.Report#summaryLines()} end with the line FORMAT.md fixes
 * ({@code events: P=0.812 R=0.744 F1=0.776}).
 *
 * <p><b>Scoring rules.</b> Matching is per record and one to one (a maximum matching, required gold events
 * served first). Negated and claimed events are left out of event scoring. An optional gold event matched is
 * neither hit nor extra; missed, it is not a miss. A gold event without what a level compares is optional
 * at that level and matched on its dyad alone. The country of an actor code is its first three letters
 * unless they are an international, non-state or sector prefix (IGO, NGO, REB, ...; see
 * {@code ActorCodes}). PLOVER types are compared on their 2021 names. A sentence's PentaClass is that of its most confident event by CAMEO root
 * (01-02 statement, 03-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20
 * material conflict), 0 without events.
 *
 * <p><b>Threading.</b> Readers and the scorer are stateless and thread-safe; records are immutable. The
 * evaluator calls the coder and the progress callback on the calling thread, one record after another.
 * Nothing here prints or writes files: the CLI does.
 */
package org.herodotus.eval;
