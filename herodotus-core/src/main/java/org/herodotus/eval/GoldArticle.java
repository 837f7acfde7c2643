package org.herodotus.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.herodotus.model.Span;

/**
 * One gold record: a text and what a coder should find in it.
 *
 * <p>A record carries one kind of gold: events (herodotus, petrarch and plover formats), a PentaClass label
 * (confli-class) or actor spans (confli-spans). Event gold is the kind with neither a label nor spans.
 *
 * @param id             identifier, unique within its file
 * @param date           publication date given by the gold, or null
 * @param text           the text to code; spans index into it
 * @param events         gold events; empty when the text reports none (or for label and span gold)
 * @param pentaClass     ConfliBERT PentaClass label 0-4 (0 statement, 1 verbal cooperation, 2 material
 *                       cooperation, 3 verbal conflict, 4 material conflict), or null
 * @param spans          gold source and target spans, or null when the record has no span gold
 * @param category       the gold file's own grouping of the record (PETRARCH category, PLOVER type as
 *                       coded), or empty; the report breaks scores down by it
 * @param unscoredReason why the gold file says the record is not to be evaluated, or null when it is
 */
public record GoldArticle(String id, LocalDate date, String text, List<GoldEvent> events, Integer pentaClass,
                          GoldSpans spans, String category, String unscoredReason) {

    public GoldArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        events = List.copyOf(events);
        category = category == null ? "" : category;
        if (pentaClass != null && (pentaClass < 0 || pentaClass > 4)) {
            throw new IllegalArgumentException("a PentaClass label is 0..4: " + pentaClass);
        }
        if (spans != null) {
            for (Span s : spans.sources()) {
                checkInside(s, text);
            }
            for (Span s : spans.targets()) {
                checkInside(s, text);
            }
        }
        if ((pentaClass != null || spans != null) && !events.isEmpty()) {
            throw new IllegalArgumentException("label and span gold carry no events: " + id);
        }
    }

    /** An event-gold record that is scored, without category. */
    public static GoldArticle of(String id, LocalDate date, String text, List<GoldEvent> events) {
        return new GoldArticle(id, date, text, events, null, null, "", null);
    }

    /** Whether the gold file asks for the record to be evaluated. */
    public boolean scored() {
        return unscoredReason == null;
    }

    /** Whether the record's gold is events (rather than a PentaClass label or spans). */
    public boolean hasEventGold() {
        return pentaClass == null && spans == null;
    }

    private static void checkInside(Span span, String text) {
        if (span.end() > text.length()) {
            throw new IllegalArgumentException("span [" + span.begin() + ", " + span.end()
                    + ") lies outside a text of length " + text.length());
        }
    }
}
