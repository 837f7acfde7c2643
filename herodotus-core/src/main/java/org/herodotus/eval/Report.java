package org.herodotus.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The result of an evaluation: per-level figures and the tables behind them. Serialise it with
 * {@link #toJson()}; {@link #summaryLines()} gives what {@code herodotus eval} prints.
 *
 * @param totals         record and event counts
 * @param headline       the level of the {@code events:} line ({@code root} when the gold has CAMEO codes,
 *                       else {@code plover}), or null when the gold has no event records
 * @param levels         figures per level, each with tables per code and per gold category
 * @param confusion      gold key to predicted key to count, at the headline level, over the pairs matched
 *                       on countries alone (keys are CAMEO roots, or PLOVER types for PLOVER gold)
 * @param leftOut        negated and claimed events, left out of event scoring, with how many of them
 *                       match a gold event at the headline level
 * @param reliability    share of scored events matching gold per confidence band, at the headline level
 * @param misses         gold events no predicted event matched at the headline level
 * @param extras         predicted events that matched no gold event at the headline level
 * @param pentaClass     PentaClass figures, or null when the gold has no labels
 * @param spans          actor span figures, or null when the gold has no spans
 * @param failedArticles number of articles the coder failed on (their gold counts as missed)
 * @param errors         the first failures, at most {@link Evaluator#MAX_ERRORS}
 */
public record Report(Totals totals, Level headline, List<LevelScore> levels,
                     Map<String, Map<String, Integer>> confusion, List<FactualityRow> leftOut,
                     List<ReliabilityBand> reliability, List<Miss> misses, List<Extra> extras,
                     PentaClassScore pentaClass, SpanScore spans, int failedArticles, List<ArticleError> errors) {

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public Report {
        levels = List.copyOf(levels);
        Map<String, Map<String, Integer>> rows = new TreeMap<>();
        confusion.forEach((gold, row) -> rows.put(gold, sorted(row)));
        confusion = Collections.unmodifiableMap(rows);
        leftOut = List.copyOf(leftOut);
        reliability = List.copyOf(reliability);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
        errors = List.copyOf(errors);
    }

    /**
     * Record and event counts.
     *
     * @param goldRecords        records in the gold
     * @param unscoredRecords    records the gold file marks as not evaluated (not coded)
     * @param goldEvents         gold events of scored records
     * @param optionalGoldEvents of which optional
     * @param predictedEvents    events coded on scored event-gold records
     * @param leftOutEvents      of which negated or claimed, left out of event scoring
     */
    public record Totals(int goldRecords, int unscoredRecords, int goldEvents, int optionalGoldEvents,
                         int predictedEvents, int leftOutEvents) {
    }

    /**
     * Figures of one level.
     *
     * @param level      the level
     * @param counts     hits, extras, misses over all scored records
     * @param byCode     per code (CAMEO root, CAMEO code or PLOVER type): hits and misses under the gold's
     *                   code, extras under the predicted one
     * @param byCategory per gold category (PETRARCH category, PLOVER type as the gold names it)
     */
    public record LevelScore(Level level, Counts counts, Map<String, Counts> byCode, Map<String, Counts> byCategory) {
        public LevelScore {
            byCode = sorted(byCode);
            byCategory = sorted(byCategory);
        }
    }

    /**
     * Negated or claimed events of one factuality.
     *
     * @param factuality   {@code negated} or {@code claimed}
     * @param events       how many were coded
     * @param matchingGold how many match a gold event at the headline level (one to one)
     */
    public record FactualityRow(String factuality, int events, int matchingGold) {
    }

    /**
     * Scored events whose confidence lies in {@code [from, to)} ({@code [0.8, 1.0]} for the last band).
     *
     * @param events  how many
     * @param correct how many matched a required gold event at the headline level (events matching only an
     *                optional gold event are not counted)
     */
    public record ReliabilityBand(double from, double to, int events, int correct) {
        @JsonProperty("share")
        public double share() {
            return events == 0 ? 0 : (double) correct / events;
        }
    }

    /** A gold event no predicted event matched, with the record's text. */
    public record Miss(String articleId, String source, String target, String cameo, String plover, String text) {
    }

    /** A predicted event that matched no gold event, with its sentence's text. */
    public record Extra(String articleId, int sentence, String source, String target, String cameo, String plover,
                        String factuality, double confidence, String text) {
    }

    /**
     * PentaClass figures.
     *
     * @param n         labelled sentences
     * @param accuracy  share of sentences whose predicted class is the gold label
     * @param macroF1   mean F1 over the classes that occur in the gold or the predictions
     * @param classes   per class: hits, extras and misses
     * @param confusion {@code confusion.get(gold).get(predicted)}: sentence counts, 5 x 5
     */
    public record PentaClassScore(int n, double accuracy, double macroF1, List<ClassRow> classes,
                                  List<List<Integer>> confusion) {
        public PentaClassScore {
            classes = List.copyOf(classes);
            confusion = confusion.stream().map(List::copyOf).toList();
        }
    }

    /** One PentaClass: its label, name and counts. */
    public record ClassRow(int label, String name, Counts counts) {
    }

    /**
     * Actor span figures.
     *
     * @param exact   source and target spans together, exact offsets
     * @param source  source spans, exact offsets
     * @param target  target spans, exact offsets
     * @param overlap source and target spans together, a predicted span matching a gold span of the same
     *                role that it overlaps (one to one)
     */
    public record SpanScore(Counts exact, Counts source, Counts target, Counts overlap) {
    }

    /** An article the coder failed on. */
    public record ArticleError(String articleId, String message) {
    }

    /** The same report with the coder's failures. */
    public Report withErrors(int failed, List<ArticleError> firstErrors) {
        return new Report(totals, headline, levels, confusion, leftOut, reliability, misses, extras, pentaClass,
                spans, failed, firstErrors);
    }

    /** The figures of {@code level}, or null when it was not scored. */
    public LevelScore level(Level level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }

    /** The whole report as indented JSON (snake_case keys). */
    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("eval: the report could not be serialised: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The lines {@code herodotus eval} prints. The last one is the headline of {@code shared/eval/FORMAT.md}:
     * {@code events: P=0.812 R=0.744 F1=0.776} for event gold, {@code pentaclass: acc=0.71 macroF1=0.66 n=451}
     * for PentaClass gold, and {@code spans: P=0.500 R=0.400 F1=0.444} (exact spans) for span gold.
     */
    public List<String> summaryLines() {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "gold: %d records (%d not scored), %d events (%d optional);"
                        + " predicted: %d events (%d negated or claimed, left out)",
                totals.goldRecords(), totals.unscoredRecords(), totals.goldEvents(), totals.optionalGoldEvents(),
                totals.predictedEvents(), totals.leftOutEvents()));
        for (LevelScore l : levels) {
            Counts c = l.counts();
            out.add(String.format(Locale.ROOT, "%s: TP=%d FP=%d FN=%d %s", l.level().label(), c.tp(), c.fp(), c.fn(),
                    prf(c)));
        }
        if (leftOut.stream().anyMatch(r -> r.events() > 0)) {
            out.add("left out: " + leftOut.stream()
                    .map(r -> r.factuality() + " " + r.events() + " (" + r.matchingGold() + " matching gold)")
                    .collect(Collectors.joining(", ")));
        }
        if (failedArticles > 0) {
            ArticleError first = errors.isEmpty() ? null : errors.get(0);
            out.add("coder failed on " + failedArticles + " articles"
                    + (first == null ? "" : " (first: " + first.articleId() + ": " + first.message() + ")"));
        }
        if (spans != null) {
            out.add(String.format(Locale.ROOT, "span roles: source %s; target %s; overlapping F1=%.3f",
                    prf(spans.source()), prf(spans.target()), spans.overlap().f1()));
            out.add("spans: " + prf(spans.exact()));
        }
        if (pentaClass != null) {
            out.add(String.format(Locale.ROOT, "pentaclass: acc=%.2f macroF1=%.2f n=%d", pentaClass.accuracy(),
                    pentaClass.macroF1(), pentaClass.n()));
        }
        if (headline != null) {
            out.add("events: " + prf(level(headline).counts()));
        }
        return out;
    }

    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }

    private static String prf(Counts c) {
        return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", c.precision(), c.recall(), c.f1());
    }
}
