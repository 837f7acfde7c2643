package org.herodotus.ingest;

import java.time.LocalDate;

/**
 * How {@link ArticleReader} reads its inputs.
 *
 * @param defaultDate publication date for articles whose input gives none; null leaves it unknown
 * @param maxBytes    largest article accepted, in bytes: a whole .txt or .html file, or one JSONL line
 */
public record ReadOptions(LocalDate defaultDate, long maxBytes) {

    /** Five megabytes: far above any news article, small enough to keep a batch's memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    public ReadOptions {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
        }
    }

    /** No default date, {@link #DEFAULT_MAX_BYTES} per article. */
    public static ReadOptions defaults() {
        return new ReadOptions(null, DEFAULT_MAX_BYTES);
    }

    public ReadOptions withDefaultDate(LocalDate date) {
        return new ReadOptions(date, maxBytes);
    }

    public ReadOptions withMaxBytes(long max) {
        return new ReadOptions(defaultDate, max);
    }
}
