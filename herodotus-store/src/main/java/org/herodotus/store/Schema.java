package org.herodotus.store;

import java.util.List;

/**
 * The tables of a Herodotus database (documented in {@code docs/store.md}).
 *
 * <p>{@code articles}: every input seen, once, with its status; {@code mentions}: one row per coded
 * report, with the coder's full JSON; {@code events}: one row per real-world event, its counts and the
 * fields of its most confident mention, rebuilt from {@code mentions} whenever a mention joins it.
 * Only primary keys are indexed: DuckDB scans its compressed columns faster than it maintains indexes.
 */
final class Schema {

    /** Written into {@code herodotus_meta}; a database with another version is refused. */
    static final String VERSION = "herodotus-store.v1";

    static final String META = "herodotus_meta";

    /** Columns a mention and an event share: the event's are its most confident mention's. */
    static final String REPORT_COLUMNS = """
            day DATE,
                source_code VARCHAR NOT NULL, source_country VARCHAR, source_sectors VARCHAR[], source_name VARCHAR,
                target_code VARCHAR, target_country VARCHAR, target_sectors VARCHAR[], target_name VARCHAR,
                cameo VARCHAR NOT NULL, cameo_root VARCHAR NOT NULL, quad_class INTEGER,
                goldstein DOUBLE, factuality VARCHAR NOT NULL,
                place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR, place_precision VARCHAR,
                lat DOUBLE, lon DOUBLE, geonames_id BIGINT,
                evidence VARCHAR, trigger_text VARCHAR, confidence DOUBLE NOT NULL, url VARCHAR,
                json VARCHAR NOT NULL""";

    private static final String ARTICLES = """
            CREATE TABLE articles (
                id VARCHAR PRIMARY KEY,
                status VARCHAR NOT NULL,
                reason VARCHAR,
                duplicate_of VARCHAR,
                text_hash VARCHAR,
                input VARCHAR,
                published DATE,
                publisher VARCHAR,
                url VARCHAR,
                title VARCHAR,
                text VARCHAR,
                sentences INTEGER,
                num_mentions INTEGER NOT NULL,
                coder VARCHAR,
                batch INTEGER NOT NULL,
                ingested_at TIMESTAMP NOT NULL)""";

    private static final String MENTIONS = """
            CREATE TABLE mentions (
                id VARCHAR PRIMARY KEY,
                seq BIGINT NOT NULL,
                event_id VARCHAR NOT NULL,
                article_id VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                publisher VARCHAR,
                negated BOOLEAN NOT NULL,
                added_at TIMESTAMP NOT NULL,
                %s)""".formatted(REPORT_COLUMNS);

    private static final String EVENTS = """
            CREATE TABLE events (
                id VARCHAR PRIMARY KEY,
                first_mention VARCHAR NOT NULL,
                best_mention VARCHAR NOT NULL,
                first_seq BIGINT NOT NULL,
                num_mentions INTEGER NOT NULL,
                num_sources INTEGER NOT NULL,
                num_articles INTEGER NOT NULL,
                article_ids VARCHAR[] NOT NULL,
                mention_ids VARCHAR[] NOT NULL,
                article_id VARCHAR NOT NULL,
                sentence INTEGER NOT NULL,
                added_at TIMESTAMP NOT NULL,
                %s)""".formatted(REPORT_COLUMNS);

    static final List<String> TABLES = List.of(
            "CREATE TABLE " + META + " (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
            ARTICLES, MENTIONS, EVENTS);

    /** The columns shared by mentions and events, by name (for copying a mention into its event). */
    static final List<String> REPORT_COLUMN_NAMES = List.of("day", "source_code", "source_country",
            "source_sectors", "source_name", "target_code", "target_country", "target_sectors", "target_name",
            "cameo", "cameo_root", "quad_class", "goldstein", "factuality", "place_name", "place_country",
            "place_admin1", "place_precision", "lat", "lon", "geonames_id", "evidence", "trigger_text",
            "confidence", "url", "json");

    private Schema() {
    }
}
