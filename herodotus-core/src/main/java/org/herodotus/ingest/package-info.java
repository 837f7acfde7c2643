/**
 * Ingest: turns what the user gives (files, directories, standard input) into
 * {@link org.herodotus.model.Article}s, or into {@link org.herodotus.ingest.InputProblem}s that say
 * what is wrong and what to do.
 *
 * <h2>Inputs</h2>
 * <ul>
 *   <li>{@code .txt}: one article; id = file name without extension; date = the default date.</li>
 *   <li>{@code .html}, {@code .htm}: one article. Scripts, styles, navigation, headers, footers, asides,
 *       forms are dropped; the {@code <article>} element, or else the block with the most paragraph
 *       text, is kept and its paragraphs joined by blank lines. Title from {@code og:title} or
 *       {@code <title>}, date from {@code article:published_time}, {@code datePublished} or
 *       {@code <time datetime>} (else the default date), URL from the canonical link, source from
 *       {@code og:site_name}.</li>
 *   <li>{@code .jsonl}, {@code .json}: one object per line,
 *       {@code {"id","date","text","title","url","source"}}, only {@code text} required. A line without
 *       an id gets {@code FILE:LINE} (file name, 1-based line); {@code date} is {@code YYYY-MM-DD} or an
 *       ISO timestamp whose date part is taken as written. Blank lines are skipped.</li>
 *   <li>A directory: its {@code .txt}, {@code .html}, {@code .htm} and {@code .jsonl} files, recursively,
 *       sorted by path; other files and hidden ones ({@code .name}) are skipped silently.</li>
 *   <li>{@code -}: standard input; a first non-blank <code>&#123;</code> means JSONL, {@code <} HTML, else text.</li>
 * </ul>
 * Text is UTF-8; a UTF-8 or UTF-16 byte-order mark is honoured. HTML that is not UTF-8 is accepted
 * when it declares its charset in a {@code <meta>} tag.
 *
 * <h2>Outputs</h2>
 * One {@link org.herodotus.ingest.ReadResult} per article-sized unit: per .txt or .html file, per
 * non-blank JSONL line, or per input that yields nothing (missing, unreadable, empty, binary, unknown
 * type). Problems are named by path as given, {@code -}, or {@code FILE:LINE}; their
 * {@link org.herodotus.ingest.InputProblem#message()} is one line fit for standard error. Nothing is
 * thrown for bad input, and nothing is printed.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Article text is kept exactly as decoded, so offsets index into what the user gave, with two
 *       exceptions: a byte-order mark is dropped, and CRLF and lone CR become LF. (HTML text is, by
 *       nature, the extracted paragraphs with whitespace collapsed, not the markup.)</li>
 *   <li>Bytes are decoded strictly: invalid UTF-8 is reported (BAD_ENCODING), never replaced.</li>
 *   <li>Every article has non-blank, non-binary text; texts of 20 words or more are English by a
 *       function-word test ({@code LanguageCheck}).</li>
 *   <li>No article is larger than {@link org.herodotus.ingest.ReadOptions#maxBytes()} (a whole .txt or
 *       .html file, or one JSONL line).</li>
 *   <li>Results come in input order; within a directory, in path order; within JSONL, in line order.</li>
 * </ul>
 *
 * <h2>Threading and memory</h2>
 * {@link org.herodotus.ingest.ArticleReader} is immutable and may be shared between threads; each call
 * reads on the caller's thread and hands results to the sink as they are made. JSONL is read one line at
 * a time, so memory stays bounded by {@code maxBytes} whatever the file's size.
 */
package org.herodotus.ingest;
