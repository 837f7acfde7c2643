package org.herodotus.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.pipeline.CodedArticle;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * Writes coded articles' events as JSON Lines, TSV (one event a row, the columns of {@link #TSV_COLUMNS})
 * or a table for reading in a terminal.
 */
public final class EventWriter {

    public static final List<String> TSV_COLUMNS = List.of("id", "article_id", "sentence", "date",
            "date_precision", "source_code", "source_text", "target_code", "target_text", "cameo", "cameo_root",
            "goldstein", "quad_class", "plover_type", "factuality", "claimant_code", "location", "country", "lat",
            "lon", "trigger", "confidence");

    private final PrintWriter out;
    private final OutputFormat format;
    private boolean headerWritten;

    public EventWriter(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    public void write(CodedArticle coded) {
        String text = coded.article().text();
        switch (format) {
            case JSONL -> coded.events().forEach(e -> out.println(json(e, text)));
            case TSV -> {
                if (!headerWritten) {
                    out.println(String.join("\t", TSV_COLUMNS));
                    headerWritten = true;
                }
                coded.events().forEach(e -> out.println(tsv(e, text)));
            }
            case TABLE -> table(coded);
        }
        out.flush();
    }

    private static String json(Event e, String text) {
        try {
            return EventJson.mapper().writeValueAsString(EventJson.toJson(e, text));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("output: cannot serialise event " + e.id(), ex);
        }
    }

    private static String tsv(Event e, String text) {
        List<String> cells = List.of(e.id(), e.articleId(), Integer.toString(e.sentence()), nz(e.date().value()),
                e.date().precision().label(), e.source().code(), e.source().span().of(text),
                e.target() == null ? "" : e.target().code(), e.target() == null ? "" : e.target().span().of(text),
                e.cameo().code(), e.cameo().root(), e.cameo().known() ? Double.toString(e.cameo().goldstein()) : "",
                e.cameo().known() ? Integer.toString(e.cameo().quadClass()) : "", e.cameo().ploverType(), e.factuality().label(),
                e.claimant() == null ? "" : e.claimant().code(), e.location() == null ? "" : e.location().name(),
                e.location() == null ? "" : e.location().country(),
                e.location() == null ? "" : Double.toString(e.location().lat()),
                e.location() == null ? "" : Double.toString(e.location().lon()),
                e.evidence().trigger().of(text), Double.toString(e.confidence()));
        return String.join("\t", cells.stream().map(EventWriter::clean).toList());
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void table(CodedArticle coded) {
        String text = coded.article().text();
        out.printf(Locale.ROOT, "%s: %d sentences, %d actors, %d events%n", coded.article().id(), coded.sentences(),
                coded.actors().size(), coded.events().size());
        out.printf(Locale.ROOT, "%-3s %-24s %-5s %-24s %-10s %-12s %-11s %-12s %-4s %s%n", "s", "source", "cameo",
                "target", "plover", "factuality", "date", "place", "conf", "trigger");
        for (Event e : coded.events()) {
            out.printf(Locale.ROOT, "%-3d %-24s %-5s %-24s %-10s %-12s %-11s %-12s %.2f %s%n", e.sentence(),
                    cut(actor(e.source(), text), 24), e.cameo().code(),
                    cut(e.target() == null ? "-" : actor(e.target(), text), 24),
                    cut(e.cameo().ploverType().isEmpty() ? "-" : e.cameo().ploverType(), 10),
                    e.factuality().label() + (e.claimant() == null ? "" : "*"),
                    e.date().value() == null ? "-" : ("publication".equals(e.date().source()) ? "~" : "")
                            + e.date().value(),
                    cut(e.location() == null ? "-" : e.location().name(), 12), e.confidence(),
                    cut(e.evidence().trigger().of(text), 30));
        }
        out.println("(* claimed by someone else; ~ the publication date stands in: the text gives no date)");
        out.println();
    }

    private static String actor(Actor a, String text) {
        String t = a.span().of(text).replace('\n', ' ');
        return a.code() + " " + t;
    }

    private static String cut(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "\u2026";
    }
}
