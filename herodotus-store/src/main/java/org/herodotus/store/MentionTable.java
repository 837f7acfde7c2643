package org.herodotus.store;

import org.herodotus.dedup.Clusterer;
import org.herodotus.dedup.Mention;
import org.herodotus.dedup.MergeRule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads stored mentions back as {@link Mention}s: the events a batch's new mentions might join, with all
 * their members, or every mention in the order it was placed.
 */
final class MentionTable {

    private static final String COLUMNS = "id, event_id, article_id, sentence, publisher, day, source_code, "
            + "target_code, cameo, negated, place_name, place_country, evidence, confidence";

    private MentionTable() {
    }

    /**
     * A clusterer holding every stored event that one of {@code incoming} might join: events with a
     * mention of the same root within the rule's window of the incoming mention's day.
     */
    static Clusterer clustererFor(Connection c, MergeRule rule, List<Mention> incoming) throws SQLException {
        Clusterer clusterer = new Clusterer(rule);
        Map<String, LocalDate[]> ranges = new TreeMap<>();
        for (Mention m : incoming) {
            if (m.day() == null) {
                continue;
            }
            LocalDate[] r = ranges.computeIfAbsent(m.root(), k -> new LocalDate[]{m.day(), m.day()});
            r[0] = m.day().isBefore(r[0]) ? m.day() : r[0];
            r[1] = m.day().isAfter(r[1]) ? m.day() : r[1];
        }
        if (ranges.isEmpty()) {
            return clusterer;
        }
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < ranges.size(); i++) {
            where.append(i == 0 ? "" : " OR ").append("(cameo_root = ? AND day BETWEEN ? AND ?)");
        }
        String sql = "SELECT " + COLUMNS + " FROM mentions WHERE event_id IN (SELECT event_id FROM mentions WHERE "
                + where + ") ORDER BY seq";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            for (Map.Entry<String, LocalDate[]> e : ranges.entrySet()) {
                p.setString(i++, e.getKey());
                p.setDate(i++, Date.valueOf(e.getValue()[0].minusDays(rule.windowDays())));
                p.setDate(i++, Date.valueOf(e.getValue()[1].plusDays(rule.windowDays())));
            }
            byEvent(p).forEach(clusterer::addEvent);
        }
        return clusterer;
    }

    /** Every stored mention, in the order it was placed. */
    static List<Mention> all(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM mentions ORDER BY seq")) {
            List<Mention> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(mention(r));
                }
            }
            return out;
        }
    }

    /** Mentions grouped by event, events in the order of their first mention. */
    private static Map<String, List<Mention>> byEvent(PreparedStatement p) throws SQLException {
        Map<String, List<Mention>> out = new LinkedHashMap<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                out.computeIfAbsent(r.getString("event_id"), k -> new ArrayList<>()).add(mention(r));
            }
        }
        return out;
    }

    private static Mention mention(ResultSet r) throws SQLException {
        Date day = r.getDate("day");
        return new Mention(r.getString("id"), r.getString("article_id"), r.getInt("sentence"),
                r.getString("publisher"), day == null ? null : day.toLocalDate(), r.getString("source_code"),
                r.getString("target_code"), r.getString("cameo"), r.getBoolean("negated"), r.getString("place_name"),
                r.getString("place_country"), r.getString("evidence"), r.getDouble("confidence"));
    }
}
