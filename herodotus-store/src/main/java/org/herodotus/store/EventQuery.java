package org.herodotus.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.output.EventJson;

import java.io.IOException;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Reads stored events that pass a filter, in order of day, then of when they started. */
public final class EventQuery {

    private EventQuery() {
    }

    /** Hands each matching event to {@code sink}; returns how many there were. */
    public static long forEach(Store store, EventFilter filter, Consumer<StoredEvent> sink) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT id, num_mentions, num_sources, num_articles, article_ids, mention_ids, day, url, added_at, "
                + "json FROM events WHERE " + filter.where(params) + " ORDER BY day NULLS LAST, first_seq"
                + (filter.limit() > 0 ? " LIMIT " + filter.limit() : "");
        long n = 0;
        try (PreparedStatement p = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                p.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(read(r));
                    n++;
                }
            }
        } catch (SQLException | IOException e) {
            throw StoreException.failure("store: reading events from " + store.file() + " failed ("
                    + Store.firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
        return n;
    }

    /** All matching events in a list (for tests and small results). */
    public static List<StoredEvent> list(Store store, EventFilter filter) {
        List<StoredEvent> out = new ArrayList<>();
        forEach(store, filter, out::add);
        return out;
    }

    private static StoredEvent read(ResultSet r) throws SQLException, IOException {
        Date day = r.getDate("day");
        Timestamp added = r.getTimestamp("added_at");
        return new StoredEvent(r.getString("id"), r.getInt("num_mentions"), r.getInt("num_sources"),
                r.getInt("num_articles"), strings(r.getArray("article_ids")), strings(r.getArray("mention_ids")),
                day == null ? null : day.toLocalDate(), r.getString("url"),
                added == null ? null : added.toLocalDateTime(),
                (ObjectNode) EventJson.mapper().readTree(r.getString("json")));
    }

    private static List<String> strings(Array a) throws SQLException {
        if (a == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) a.getArray()).map(String::valueOf).toList();
    }
}
