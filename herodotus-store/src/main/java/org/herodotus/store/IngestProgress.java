package org.herodotus.store;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where an ingest stands after a committed batch.
 *
 * @param seen     inputs handled so far in this run (articles and problems, stored or already known)
 * @param total    about how many there are in all, when the inputs tell (not for standard input)
 * @param stored   articles stored in this run so far
 * @param mentions mentions stored in this run so far
 * @param elapsed  time since the ingest started
 */
public record IngestProgress(long seen, OptionalLong total, long stored, long mentions, Duration elapsed) {
}
