package org.herodotus.dedup;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * When two mentions report the same real-world event (see the package documentation for the rule).
 *
 * @param windowDays  largest number of days between two mentions of one event
 * @param threshold   least similarity for a mention to join an event, 0..1
 * @param textWeight  weight of the evidence cosine in the similarity
 * @param actorWeight weight of actor-code agreement
 * @param placeWeight weight of place agreement
 */
public record MergeRule(int windowDays, double threshold, double textWeight, double actorWeight,
                        double placeWeight) {

    /** The version written into the database with the rule's values. */
    public static final String NAME = "merge-rule.v1";

    /**
     * The rule as measured on the deduplication test corpus ({@code docs/store.md}): article-pair precision
     * is 1.0 for thresholds from 0.30 to 0.60 and recall is highest (0.54) from 0.30 to 0.35; 0.35 is the
     * higher of the two, and the more precise when dates do not separate events (0.82 against 0.78).
     */
    public static final MergeRule DEFAULT = new MergeRule(3, 0.35, 0.6, 0.3, 0.1);

    public MergeRule {
        if (windowDays < 0) {
            throw new IllegalArgumentException("dedup: the date window cannot be negative: " + windowDays);
        }
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("dedup: the merge threshold lies in 0..1, not " + threshold);
        }
        double sum = textWeight + actorWeight + placeWeight;
        if (textWeight < 0 || actorWeight < 0 || placeWeight < 0 || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("dedup: similarity weights are non-negative and add up to 1, not "
                    + textWeight + " + " + actorWeight + " + " + placeWeight);
        }
    }

    public MergeRule withWindow(int days) {
        return new MergeRule(days, threshold, textWeight, actorWeight, placeWeight);
    }

    public MergeRule withThreshold(double t) {
        return new MergeRule(windowDays, t, textWeight, actorWeight, placeWeight);
    }

    /** Whether two mentions may report one event: every condition but the similarity threshold. */
    public boolean compatible(Mention a, Mention b) {
        if (a.articleId().equals(b.articleId()) && a.sentence() != b.sentence()) {
            return false;
        }
        if (!a.root().equals(b.root()) || a.negated() != b.negated()) {
            return false;
        }
        if (a.day() == null || b.day() == null || Math.abs(ChronoUnit.DAYS.between(a.day(), b.day())) > windowDays) {
            return false;
        }
        return Dyads.agreement(a, b) >= 0 && EvidenceWords.cosine(a.words(), b.words()) > 0;
    }

    /** How alike two compatible mentions are, 0..1. */
    public double similarity(Mention a, Mention b) {
        return textWeight * EvidenceWords.cosine(a.words(), b.words()) + actorWeight * Dyads.agreement(a, b)
                + placeWeight * placeAgreement(a, b);
    }

    /** 1 for the same place, 0.5 for the same country or when a place is unknown, 0 for two countries. */
    static double placeAgreement(Mention a, Mention b) {
        if (a.placeCountry() == null || b.placeCountry() == null) {
            return 0.5;
        }
        if (!a.placeCountry().equals(b.placeCountry())) {
            return 0;
        }
        return Objects.equals(a.placeName(), b.placeName()) ? 1 : 0.5;
    }

    /** The rule as one line, for the database's metadata. */
    public String describe() {
        return String.format(Locale.ROOT, "%s window=%d threshold=%.2f weights=text:%.2f,actors:%.2f,place:%.2f",
                NAME, windowDays, threshold, textWeight, actorWeight, placeWeight);
    }
}
