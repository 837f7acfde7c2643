package org.herodotus.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts over a database: articles by status, and events and their mentions by day, by dyad and by
 * QuadClass.
 *
 * @param articles articles (and inputs that gave none) by status
 * @param mentions stored mentions
 * @param events   stored events
 * @param byDay    events per day (in day order; events without a day under {@code unknown})
 * @param byDyad   events per source-target pair, most frequent first, at most {@code top}
 * @param byQuad   events per QuadClass
 */
public record Stats(Map<String, Long> articles, long mentions, long events, List<Count> byDay, List<Count> byDyad,
                    List<Count> byQuad) {

    /** Events (and their mentions) under one key. */
    public record Count(String key, long events, long mentions) {
    }

    public Stats {
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        byDay = List.copyOf(byDay);
        byDyad = List.copyOf(byDyad);
        byQuad = List.copyOf(byQuad);
    }

    /** The counts of {@code store}, with the {@code top} most frequent dyads. */
    public static Stats of(Store store, int top) {
        try {
            Map<String, Long> articles = new LinkedHashMap<>();
            for (Count c : counts(store, "SELECT status, count(*), 0 FROM articles GROUP BY status ORDER BY 2 DESC, 1")) {
                articles.put(c.key(), c.events());
            }
            return new Stats(articles, store.count("mentions"), store.count("events"),
                    counts(store, "SELECT coalesce(CAST(day AS VARCHAR), 'unknown'), count(*), sum(num_mentions) "
                            + "FROM events GROUP BY day ORDER BY day NULLS LAST"),
                    counts(store, "SELECT source_code || ' -> ' || coalesce(target_code, '-'), count(*), "
                            + "sum(num_mentions) FROM events GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT " + Math.max(0, top)),
                    counts(store, "SELECT CAST(quad_class AS VARCHAR), count(*), sum(num_mentions) FROM events "
                            + "GROUP BY quad_class ORDER BY quad_class"));
        } catch (SQLException e) {
            throw StoreException.failure("stats: reading " + store.file() + " failed ("
                    + Store.firstLine(String.valueOf(e.getMessage())) + ")", e);
        }
    }

    private static List<Count> counts(Store store, String sql) throws SQLException {
        List<Count> out = new ArrayList<>();
        try (PreparedStatement p = store.connection().prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.add(new Count(r.getString(1), r.getLong(2), r.getLong(3)));
            }
        }
        return out;
    }
}
