package org.herodotus.dedup;

import org.herodotus.model.Actor;
import org.herodotus.model.Article;
import org.herodotus.model.CameoCode;
import org.herodotus.model.Event;
import org.herodotus.model.EventDate;
import org.herodotus.model.Evidence;
import org.herodotus.model.Factuality;
import org.herodotus.model.Location;
import org.herodotus.model.Precision;
import org.herodotus.model.Span;

import java.time.LocalDate;
import java.util.List;

/**
 * Hand-built reports for tests without models: an article whose text is one sentence, and the event
 * coded from it, built directly from the model records.
 */
public final class Reports {

    private Reports() {
    }

    /** A report: article {@code articleId} from {@code publisher} on {@code day} saying {@code sentence}. */
    public record Report(Article article, Event event) {

        public Mention mention() {
            return Mention.of(event, article);
        }

        public Report sentence(int index) {
            Event e = event;
            return new Report(article, new Event(e.id() + "-s" + index, e.articleId(), index, e.source(), e.target(),
                    e.cameo(), e.factuality(), e.modality(), e.claimant(), e.date(), e.location(), e.evidence(),
                    e.confidence(), e.coder()));
        }

        public Report negated() {
            Event e = event;
            return new Report(article, new Event(e.id() + "-neg", e.articleId(), e.sentence(), e.source(), e.target(),
                    e.cameo(), Factuality.NEGATED, e.modality(), e.claimant(), e.date(), e.location(), e.evidence(),
                    e.confidence(), e.coder()));
        }

        public Report at(String place, String country) {
            Event e = event;
            Location l = new Location(place, country, null, 0, 0, 0, Precision.PLACE, new Span(0, 1));
            return new Report(article, new Event(e.id() + "-" + place, e.articleId(), e.sentence(), e.source(),
                    e.target(), e.cameo(), e.factuality(), e.modality(), e.claimant(), e.date(), l, e.evidence(),
                    e.confidence(), e.coder()));
        }

        public Report confidence(double c) {
            Event e = event;
            return new Report(article, new Event(e.id(), e.articleId(), e.sentence(), e.source(), e.target(), e.cameo(),
                    e.factuality(), e.modality(), e.claimant(), e.date(), e.location(), e.evidence(), c, e.coder()));
        }
    }

    public static Report report(String articleId, String publisher, String day, String source, String target,
                                String cameo, String sentence) {
        Article a = new Article(articleId, sentence, LocalDate.parse(day), publisher, "https://example.org/" + articleId,
                null);
        int end = Math.min(3, sentence.length());
        Actor src = actor(source, new Span(0, end));
        Actor tgt = target == null ? null : actor(target, new Span(Math.max(0, sentence.length() - 3), sentence.length()));
        CameoCode code = cameo.compareTo("21") >= 0 ? CameoCode.withoutFacts(cameo, "test code of a dictionary")
                : new CameoCode(cameo, cameo.startsWith("19") ? -10 : 1.9, cameo.compareTo("14") >= 0 ? 4 : 1,
                        cameo.startsWith("04") ? "CONSULT" : "", "", List.of(), "test code");
        Event e = new Event("ev-" + articleId + "-" + cameo + "-" + source + "-" + target, articleId, 0, src, tgt, code,
                Factuality.ASSERTED, List.of(), null, new EventDate(day, Precision.DAY, "text", null), null,
                new Evidence(new Span(0, sentence.length()), new Span(0, end), "test"), 0.6, "test-coder");
        return new Report(a, e);
    }

    private static Actor actor(String code, Span span) {
        String country = code.length() >= 3 && !code.startsWith("IGO") && !code.startsWith("NGO") ? code.substring(0, 3) : null;
        List<String> sectors = code.length() > 3 ? List.of(code.substring(3)) : List.of();
        return new Actor(span, code, country, sectors, null, code, 0.9, "test");
    }
}
