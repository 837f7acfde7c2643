/**
 * The store: a corpus of articles, the reports coded from them and the real-world events those reports
 * are merged into, in one embedded DuckDB file.
 *
 * <h2>Inputs and outputs</h2>
 * {@link org.herodotus.store.Ingest} reads inputs (text, HTML, JSONL, directories, standard input, and
 * RSS/Atom feeds), codes them with a {@link org.herodotus.store.BatchCoder} and writes three tables:
 * {@code articles} (every input seen, once, with its {@link org.herodotus.store.ArticleStatus}),
 * {@code mentions} (one row per coded event, with its full JSON) and {@code events} (merged by
 * {@link org.herodotus.dedup}). {@link org.herodotus.store.EventQuery}, {@link org.herodotus.store.Export}
 * and {@link org.herodotus.store.Stats} read them back; the schema is documented in {@code docs/store.md}.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>An article id is stored once; the same id and text fed again add nothing. A text already stored
 *       under another id is stored as {@code duplicate_text} and not coded again.</li>
 *   <li>Each batch (its articles, their mentions, the events those joined or started) is one transaction:
 *       after a crash the database holds whole batches only, and the same ingest run again completes it.</li>
 *   <li>A mention never moves to another event, and an event keeps the id of its first mention, so event
 *       ids survive later ingests. Clustering depends on the order of mentions, not on the batch size.</li>
 *   <li>An event's counts and fields are rebuilt from its mentions in the transaction that changes them.</li>
 * </ul>
 *
 * <h2>Threading and output</h2>
 * A {@link org.herodotus.store.Store} is used by one thread (coding is parallel inside the
 * {@code BatchCoder}). Nothing here prints: progress and problems go to an
 * {@link org.herodotus.store.IngestListener}; failures are {@link org.herodotus.store.StoreException}s
 * whose message names the stage, the file and the fix.
 */
package org.herodotus.store;
