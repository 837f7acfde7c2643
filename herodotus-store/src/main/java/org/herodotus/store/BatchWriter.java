package org.herodotus.store;

import org.herodotus.dedup.Mention;
import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Location;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes one batch in one transaction: its articles, its mentions, and the events they joined or
 * started, rebuilt from their mentions. Either all of it is stored or none of it, so a process killed
 * half-way leaves the database as it was after the previous batch.
 */
final class BatchWriter {

    /** A coded event placed into a real-world event. */
    record Placed(Event event, Article article, Mention mention, long seq, String eventId, String json) {
    }

    private static final List<String> ARTICLE_COLUMNS = List.of("id", "status", "reason", "duplicate_of",
            "text_hash", "input", "published", "publisher", "url", "title", "text", "sentences", "num_mentions", "coder",
            "batch", "ingested_at");

    private static final List<String> MENTION_COLUMNS = Stream.concat(Stream.of("id", "seq", "event_id", "article_id",
            "sentence", "publisher", "negated", "added_at"), Schema.REPORT_COLUMN_NAMES.stream()).toList();

    private static final String REBUILD_EVENTS = """
            INSERT INTO events
            SELECT a.event_id, a.first_mention, b.id, a.first_seq, a.num_mentions, a.num_sources, a.num_articles,
                   a.article_ids, a.mention_ids, b.article_id, b.sentence, a.added_at, %s
            FROM (SELECT event_id, min_by(id, seq) AS first_mention, min(seq) AS first_seq,
                         count(*) AS num_mentions,
                         count(DISTINCT coalesce(publisher, 'article:' || article_id)) AS num_sources,
                         count(DISTINCT article_id) AS num_articles,
                         list_sort(list_distinct(list(article_id))) AS article_ids,
                         list(id ORDER BY seq) AS mention_ids, min(added_at) AS added_at
                  FROM mentions WHERE event_id = ANY(?) GROUP BY event_id) a
            JOIN (SELECT * FROM mentions WHERE event_id = ANY(?)
                  QUALIFY row_number() OVER (PARTITION BY event_id ORDER BY confidence DESC, seq) = 1) b
              ON a.event_id = b.event_id""".formatted(
            String.join(", ", Schema.REPORT_COLUMN_NAMES.stream().map(c -> "b." + c).toList()));

    private BatchWriter() {
    }

    static void write(Connection c, int batch, LocalDateTime now, List<ArticleRow> articles, List<Placed> mentions,
                      Collection<String> touchedEvents) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            insertArticles(c, batch, now, articles);
            insertMentions(c, now, mentions);
            rebuildEvents(c, touchedEvents);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private static void insertArticles(Connection c, int batch, LocalDateTime now, List<ArticleRow> rows)
            throws SQLException {
        MultiRowInsert.insert(c, "articles", ARTICLE_COLUMNS, rows, (p, i, row) -> {
            Article a = row.article();
            p.setString(i, row.id());
            p.setString(i + 1, row.status().label());
            p.setString(i + 2, row.reason());
            p.setString(i + 3, row.duplicateOf());
            p.setString(i + 4, row.textHash());
            p.setString(i + 5, row.input());
            p.setObject(i + 6, a == null || a.published() == null ? null : Date.valueOf(a.published()));
            p.setString(i + 7, a == null ? null : a.source());
            p.setString(i + 8, a == null ? null : a.url());
            p.setString(i + 9, a == null ? null : a.title());
            p.setString(i + 10, a == null ? null : a.text());
            if (row.sentences() == null) {
                p.setNull(i + 11, Types.INTEGER);
            } else {
                p.setInt(i + 11, row.sentences());
            }
            p.setInt(i + 12, row.mentions());
            p.setString(i + 13, row.coder());
            p.setInt(i + 14, batch);
            p.setObject(i + 15, now);
        });
    }

    private static void insertMentions(Connection c, LocalDateTime now, List<Placed> mentions) throws SQLException {
        MultiRowInsert.insert(c, "mentions", MENTION_COLUMNS, mentions, (p, first, m) -> {
            Event e = m.event();
            int i = first;
            p.setString(i++, e.id());
            p.setLong(i++, m.seq());
            p.setString(i++, m.eventId());
            p.setString(i++, e.articleId());
            p.setInt(i++, e.sentence());
            p.setString(i++, m.article().source());
            p.setBoolean(i++, m.mention().negated());
            p.setObject(i++, now);
            p.setObject(i++, m.mention().day() == null ? null : Date.valueOf(m.mention().day()));
            i = actor(c, p, i, e.source());
            i = actor(c, p, i, e.target());
            p.setString(i++, e.cameo().code());
            p.setString(i++, e.cameo().root());
            if (e.cameo().known()) {
                p.setInt(i++, e.cameo().quadClass());
                p.setDouble(i++, e.cameo().goldstein());
            } else {
                p.setNull(i++, java.sql.Types.INTEGER);
                p.setNull(i++, java.sql.Types.DOUBLE);
            }
            p.setString(i++, e.factuality().label());
            i = place(p, i, e.location());
            p.setString(i++, m.mention().evidence());
            p.setString(i++, e.evidence().trigger().of(m.article().text()));
            p.setDouble(i++, e.confidence());
            p.setString(i++, m.article().url());
            p.setString(i, m.json());
        });
    }

    private static int actor(Connection c, PreparedStatement p, int i, Actor a) throws SQLException {
        p.setString(i, a == null ? null : a.code());
        p.setString(i + 1, a == null ? null : a.country());
        p.setObject(i + 2, a == null ? null : c.createArrayOf("VARCHAR", a.sectors().toArray()));
        p.setString(i + 3, a == null ? null : a.name());
        return i + 4;
    }

    private static int place(PreparedStatement p, int i, Location l) throws SQLException {
        p.setString(i, l == null ? null : l.name());
        p.setString(i + 1, l == null ? null : l.country());
        p.setString(i + 2, l == null ? null : l.admin1());
        p.setString(i + 3, l == null ? null : l.precision().label());
        p.setObject(i + 4, l == null ? null : l.lat());
        p.setObject(i + 5, l == null ? null : l.lon());
        p.setObject(i + 6, l == null || l.geonamesId() == 0 ? null : l.geonamesId());
        return i + 7;
    }

    private static void rebuildEvents(Connection c, Collection<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        Object[] array = ids.toArray();
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM events WHERE id = ANY(?)");
             PreparedStatement insert = c.prepareStatement(REBUILD_EVENTS)) {
            delete.setArray(1, c.createArrayOf("VARCHAR", array));
            delete.executeUpdate();
            insert.setArray(1, c.createArrayOf("VARCHAR", array));
            insert.setArray(2, c.createArrayOf("VARCHAR", array));
            insert.executeUpdate();
        }
    }

    /** The next mention sequence number and batch number, read inside the writer's view. */
    static long[] counters(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             var r = s.executeQuery("SELECT (SELECT coalesce(max(seq), 0) FROM mentions), "
                     + "(SELECT coalesce(max(batch), 0) FROM articles)")) {
            r.next();
            return new long[]{r.getLong(1) + 1, r.getLong(2) + 1};
        }
    }
}
