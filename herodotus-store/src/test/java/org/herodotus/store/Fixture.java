package org.herodotus.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.herodotus.dedup.Reports;
import org.herodotus.model.Actor;
import org.herodotus.model.ActorMention;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Span;
import org.herodotus.pipeline.CodedArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.herodotus.dedup.Reports.report;

/**
 * A small corpus with known outcomes and a coder that returns hand-built events for it, so that ingest,
 * merging, queries and exports are tested without loading models.
 */
final class Fixture {

    static final String VISIT_1 = "Turkish Foreign Minister Mehmet Arslan arrived in Baghdad on Wednesday for talks "
            + "with Iraqi leaders on security and water.";
    static final String VISIT_2 = "Iraqi Foreign Minister Hassan al-Jaberi received his Turkish counterpart Mehmet "
            + "Arslan in Baghdad for talks on security.";
    static final String SHELLING = "Egyptian army artillery shelled militant positions near Sheikh Zuweid in North "
            + "Sinai on Monday, security sources said.";
    static final String NO_ACTORS = "Temperatures in Seville reached 44 degrees on Wednesday afternoon.";
    static final String NO_EVENT = "The Turkish minister is a keen gardener and a collector of maps.";
    static final String BREAKS = "This article makes the coder fail.";
    static final String FRENCH = "Le ministre turc des affaires étrangères est arrivé mercredi à Bagdad pour des "
            + "entretiens avec les dirigeants irakiens sur la sécurité, l'eau et le commerce entre les deux pays.";

    /** Events the fake coder returns, by article text. */
    final Map<String, List<Event>> eventsByText = new HashMap<>();
    final AtomicInteger coded = new AtomicInteger();
    final List<String> lines = new ArrayList<>();

    Fixture() {
        add(report("a1", "Mediterranean Wire", "2021-03-10", "TURGOV", "IRQGOV", "042", VISIT_1));
        add(report("a2", "Gulf Daily Ledger", "2021-03-10", "IRQGOV", "TURGOV", "043", VISIT_2));
        line("a3", "Nile Herald", "2021-03-11", VISIT_1);
        add(report("a4", "Sahel Observer", "2018-02-12", "EGYMIL", null, "194", SHELLING).confidence(0.8));
        line("a5", "Andes Journal", "2022-07-13", NO_ACTORS);
        line("a6", "Andes Journal", "2022-07-13", NO_EVENT);
        line("a7", "Andes Journal", "2022-07-13", BREAKS);
        lines.add("{\"id\": \"a8\", \"text\": ");
        line("a9", "Andes Journal", "2022-07-13", FRENCH);
    }

    private void add(Reports.Report r) {
        eventsByText.put(r.article().text(), List.of(r.event()));
        Article a = r.article();
        line(a.id(), a.source(), a.published().toString(), a.text());
    }

    private void line(String id, String source, String date, String text) {
        ObjectNode o = new ObjectMapper().createObjectNode();
        o.put("id", id).put("source", source).put("date", date).put("text", text).put("url", "https://example.org/" + id);
        lines.add(o.toString());
    }

    Path write(Path dir, String name, List<String> content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    /** Codes by looking the text up; a text not in the table yields actors but no event, or a failure. */
    BatchCoder coder() {
        return (articles, sink) -> articles.forEach(a -> {
            coded.incrementAndGet();
            sink.accept(code(a));
        });
    }

    CodedArticle code(Article a) {
        if (a.text().equals(BREAKS)) {
            return CodedArticle.failed(a, "coding: article " + a.id() + " failed (test); please report it");
        }
        List<Event> events = eventsByText.getOrDefault(a.text(), List.of()).stream()
                .map(e -> withArticle(e, a)).toList();
        List<ActorMention> actors = a.text().equals(NO_ACTORS) ? List.of()
                : List.of(new ActorMention(0, 0, new Actor(new Span(0, 3), "TUR", "TUR", List.of(), null, "Turkey", 0.9, "test")));
        return new CodedArticle(a, 1, actors, events, null);
    }

    /** The same event, as coded from another article with the same text. */
    private static Event withArticle(Event e, Article a) {
        return new Event(e.id().replace("ev-" + e.articleId() + "-", "ev-" + a.id() + "-"), a.id(), e.sentence(),
                e.source(), e.target(), e.cameo(), e.factuality(), e.modality(), e.claimant(), e.date(), e.location(),
                e.evidence(), e.confidence(), e.coder());
    }
}
