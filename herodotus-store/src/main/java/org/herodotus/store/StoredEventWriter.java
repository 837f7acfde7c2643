package org.herodotus.store;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes stored events as JSON Lines ({@code FORMAT.md} section 2b), CSV (one event a row, the columns
 * of {@link #CSV_COLUMNS}), a table for reading, or GDELT-style TSV ({@link GdeltTsv}).
 */
public final class StoredEventWriter {

    /** The output formats. */
    public enum Format {
        JSONL, CSV, TABLE, TSV;

        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + s + "'; use jsonl, csv, table or tsv");
            }
        }
    }

    static final List<String> CSV_COLUMNS = List.of("id", "day", "source_code", "source_name", "target_code",
            "target_name", "cameo", "cameo_root", "quad_class", "goldstein", "factuality", "place", "place_country",
            "lat", "lon", "num_mentions", "num_sources", "num_articles", "article_ids", "trigger", "url");

    private final PrintWriter out;
    private final Format format;
    private boolean started;

    public StoredEventWriter(PrintWriter out, Format format) {
        this.out = out;
        this.format = format;
    }

    public void write(StoredEvent e) {
        if (!started) {
            header();
            started = true;
        }
        switch (format) {
            case JSONL -> out.println(e.toJson().toString());
            case CSV -> out.println(csv(e));
            case TSV -> out.println(GdeltTsv.row(e));
            case TABLE -> out.println(table(e));
        }
    }

    /** Writes the header even when no event came, so an empty result is still a valid file. */
    public void finish() {
        if (!started) {
            header();
            started = true;
        }
        out.flush();
    }

    private void header() {
        switch (format) {
            case CSV -> out.println(String.join(",", CSV_COLUMNS));
            case TSV -> out.println(GdeltTsv.header());
            case TABLE -> out.printf(Locale.ROOT, "%-24s %-10s %-10s %-5s %-10s %-4s %4s %4s %-14s %s%n", "event", "day",
                    "source", "cameo", "target", "quad", "ment", "arts", "place", "trigger");
            case JSONL -> {
            }
        }
    }

    private static String csv(StoredEvent e) {
        List<String> cells = List.of(e.id(), e.day() == null ? "" : e.day().toString(), nz(e.text("source", "code")),
                nz(e.text("source", "name")), nz(e.text("target", "code")), nz(e.text("target", "name")),
                nz(e.text("cameo")), nz(e.text("cameo_root")), nz(e.text("quad_class")), nz(e.text("goldstein")),
                nz(e.text("factuality")), nz(e.text("location", "name")), nz(e.text("location", "country")),
                nz(e.text("location", "lat")), nz(e.text("location", "lon")), Integer.toString(e.numMentions()),
                Integer.toString(e.numSources()), Integer.toString(e.numArticles()), String.join(";", e.articleIds()),
                nz(e.text("evidence", "trigger", "text")), nz(e.url()));
        return String.join(",", cells.stream().map(StoredEventWriter::quote).toList());
    }

    private static String table(StoredEvent e) {
        return String.format(Locale.ROOT, "%-24s %-10s %-10s %-5s %-10s %-4s %4d %4d %-14s %s", e.id(),
                e.day() == null ? "-" : e.day().toString(), cut(nz(e.text("source", "code")), 10), e.text("cameo"),
                cut(e.text("target", "code") == null ? "-" : e.text("target", "code"), 10), e.text("quad_class"),
                e.numMentions(), e.numArticles(), cut(e.text("location", "name") == null ? "-" : e.text("location", "name"), 14),
                cut(nz(e.text("evidence", "trigger", "text")), 30));
    }

    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
