package org.herodotus.store;

import java.time.Duration;
import java.util.Map;

/**
 * What one ingest run did.
 *
 * @param byStatus      articles stored in this run, by status
 * @param alreadyStored inputs skipped because the same id and text (or the same failed input) were stored before
 * @param problems      problems reported (bad inputs, articles that could not be coded, id conflicts)
 * @param mentions      mentions stored
 * @param newEvents     events started
 * @param grownEvents   events that existed before this run and gained mentions
 * @param elapsed       wall time
 */
public record IngestReport(Map<ArticleStatus, Long> byStatus, long alreadyStored, long problems, long mentions,
                           long newEvents, long grownEvents, Duration elapsed) {

    public IngestReport {
        byStatus = Map.copyOf(byStatus);
    }

    public long stored() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(ArticleStatus s) {
        return byStatus.getOrDefault(s, 0L);
    }
}
