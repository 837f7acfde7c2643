package org.herodotus.store;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which stored events a query wants. Every field is optional (null); the ones given must all hold.
 *
 * @param actor   source or target code starts with it ({@code TUR}, {@code TURGOV})
 * @param country ISO alpha-3 country of the source, the target or the place
 * @param sector  sector code of the source or the target ({@code GOV}, {@code MIL})
 * @param root    CAMEO root code ({@code 19})
 * @param quad    QuadClass 1..4
 * @param from    first day, inclusive
 * @param to      last day, inclusive
 * @param place   place name contains it, case ignored
 * @param limit   at most this many events; 0 for all
 */
public record EventFilter(String actor, String country, String sector, String root, Integer quad, LocalDate from,
                          LocalDate to, String place, int limit) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, null, null, 0);

    public EventFilter {
        actor = upper(actor);
        country = upper(country);
        sector = upper(sector);
        if (root != null && !root.strip().matches("\\d{1,2}")) {
            throw new IllegalArgumentException("query: --root takes a CAMEO root code of two digits (e.g. 19), not " + root);
        }
        root = root == null ? null : String.format(Locale.ROOT, "%02d", Integer.parseInt(root.strip()));
        if (quad != null && (quad < 1 || quad > 4)) {
            throw new IllegalArgumentException("query: --quad takes a QuadClass from 1 to 4, not " + quad);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("query: --to " + to + " is before --from " + from);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("query: --limit cannot be negative: " + limit);
        }
    }

    /** The SQL condition over {@code events}, with its parameters in {@code params}. */
    String where(List<Object> params) {
        List<String> conds = new ArrayList<>();
        if (actor != null) {
            conds.add("(starts_with(source_code, ?) OR starts_with(coalesce(target_code, ''), ?))");
            params.add(actor);
            params.add(actor);
        }
        if (country != null) {
            conds.add("(source_country = ? OR target_country = ? OR place_country = ?)");
            params.add(country);
            params.add(country);
            params.add(country);
        }
        if (sector != null) {
            conds.add("(list_contains(source_sectors, ?) OR list_contains(coalesce(target_sectors, []), ?))");
            params.add(sector);
            params.add(sector);
        }
        if (root != null) {
            conds.add("cameo_root = ?");
            params.add(root);
        }
        if (quad != null) {
            conds.add("quad_class = ?");
            params.add(quad);
        }
        if (from != null) {
            conds.add("day >= ?");
            params.add(Date.valueOf(from));
        }
        if (to != null) {
            conds.add("day <= ?");
            params.add(Date.valueOf(to));
        }
        if (place != null) {
            conds.add("contains(lower(coalesce(place_name, '')), ?)");
            params.add(place.toLowerCase(Locale.ROOT));
        }
        return conds.isEmpty() ? "TRUE" : String.join(" AND ", conds);
    }

    private static String upper(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
