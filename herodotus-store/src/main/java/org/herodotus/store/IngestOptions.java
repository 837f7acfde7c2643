package org.herodotus.store;

import org.herodotus.dedup.MergeRule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How {@link Ingest} works.
 *
 * @param defaultDate publication date of articles whose input gives none, or null
 * @param batchSize   articles per transaction: a kill loses at most the batch being coded
 * @param rule        when reports are merged into one event
 */
public record IngestOptions(LocalDate defaultDate, int batchSize, MergeRule rule) {

    public static final int DEFAULT_BATCH = 32;

    public IngestOptions {
        if (batchSize < 1) {
            throw new IllegalArgumentException("ingest: the batch size must be at least 1, not " + batchSize);
        }
        Objects.requireNonNull(rule, "rule");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, DEFAULT_BATCH, MergeRule.DEFAULT);
    }
}
