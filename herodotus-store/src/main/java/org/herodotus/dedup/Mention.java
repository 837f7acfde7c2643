package org.herodotus.dedup;

import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Factuality;
import org.herodotus.model.Precision;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One coded report of an event, reduced to what merging compares.
 *
 * @param id          the coded event's id (stable for the same article, text and coder)
 * @param articleId   the article that reports it
 * @param sentence    0-based sentence index in that article
 * @param publisher   who published the article, or null
 * @param day         the event's day: its date when known to the day, else the article's publication
 *                    date; null when neither is known (such a mention is never merged)
 * @param sourceCode  CAMEO actor code of the source
 * @param targetCode  CAMEO actor code of the target, or null
 * @param cameo       CAMEO event code
 * @param negated     whether the report denies the event
 * @param placeName   where it happened, or null
 * @param placeCountry ISO alpha-3 country of the place, or null
 * @param evidence    the evidence sentence
 * @param confidence  the coder's confidence, 0..1
 * @param words       content words of the evidence ({@link EvidenceWords#of})
 */
public record Mention(String id, String articleId, int sentence, String publisher, LocalDate day,
                      String sourceCode, String targetCode, String cameo, boolean negated, String placeName,
                      String placeCountry, String evidence, double confidence, Set<String> words) {

    public Mention {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(sourceCode, "sourceCode");
        Objects.requireNonNull(cameo, "cameo");
        if (!cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("dedup: mention " + id + " has a CAMEO code of 2 to 4 digits, not " + cameo);
        }
        evidence = evidence == null ? "" : evidence;
        words = Set.copyOf(words);
    }

    /** A mention whose content words are computed from its evidence. */
    public Mention(String id, String articleId, int sentence, String publisher, LocalDate day, String sourceCode,
                   String targetCode, String cameo, boolean negated, String placeName, String placeCountry,
                   String evidence, double confidence) {
        this(id, articleId, sentence, publisher, day, sourceCode, targetCode, cameo, negated, placeName,
                placeCountry, evidence, confidence, EvidenceWords.of(evidence));
    }

    /** The mention of a coded event in its article. */
    public static Mention of(Event e, Article article) {
        LocalDate day = e.date().precision() == Precision.DAY ? LocalDate.parse(e.date().value()) : article.published();
        return new Mention(e.id(), e.articleId(), e.sentence(), article.source(), day, e.source().code(),
                e.target() == null ? null : e.target().code(), e.cameo().code(), e.factuality() == Factuality.NEGATED,
                e.location() == null ? null : e.location().name(), e.location() == null ? null : e.location().country(),
                e.evidence().sentence().of(article.text()), e.confidence());
    }

    /** The CAMEO root: the code's first two digits. */
    public String root() {
        return cameo.substring(0, 2);
    }
}
