package org.herodotus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.herodotus.model.Actor;
import org.herodotus.model.Event;
import org.herodotus.model.Factuality;
import org.herodotus.model.Span;

/**
 * Scores predicted events against gold records ({@code shared/eval/FORMAT.md} section 4). Pure: no I/O, no
 * state; safe to call from several threads.
 *
 * <p>Per record and per level, predicted and gold events are matched one to one by a maximum matching in
 * which required gold events are served before optional ones (see {@link Matching}), so the counts do not
 * depend on the order the coder emits its events. Negated and claimed events are left out of event scoring
 * and tabled apart. Records the gold marks as not scored are ignored; records with a PentaClass label or
 * spans are scored only for those.
 */
public final class EventScorer {

    static final int BANDS = 5;
    private static final List<Factuality> LEFT_OUT = List.of(Factuality.NEGATED, Factuality.CLAIMED);

    private EventScorer() {
    }

    /**
     * Scores {@code predicted} (events per gold record id; a missing id means no events) against
     * {@code gold}.
     *
     * @throws IllegalArgumentException when two scored gold records share an id
     */
    public static Report score(List<GoldArticle> gold, Map<String, List<Event>> predicted) {
        return score(gold, predicted, Map.of());
    }

    /**
     * Scores predictions; {@code mainRoots} gives, per record, the CAMEO root of the main trigger when
     * no event was coded, for PentaClass.
     */
    public static Report score(List<GoldArticle> gold, Map<String, List<Event>> predicted,
                               Map<String, String> mainRoots) {
        List<GoldArticle> scored = gold.stream().filter(GoldArticle::scored).toList();
        Set<String> ids = new HashSet<>();
        for (GoldArticle a : scored) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("eval: two gold records have the id " + a.id());
            }
        }
        List<GoldArticle> eventGold = scored.stream().filter(GoldArticle::hasEventGold).toList();
        List<Level> levels = levels(eventGold);
        Level headline = levels.isEmpty() ? null : levels.contains(Level.ROOT) ? Level.ROOT : Level.PLOVER;

        Map<Level, Tally> tallies = new EnumMap<>(Level.class);
        levels.forEach(l -> tallies.put(l, new Tally()));
        Map<String, Map<String, Integer>> confusion = new HashMap<>();
        Map<Factuality, int[]> leftOut = new EnumMap<>(Factuality.class);
        LEFT_OUT.forEach(f -> leftOut.put(f, new int[2]));
        int[][] bands = new int[BANDS][2];
        List<Report.Miss> misses = new ArrayList<>();
        List<Report.Extra> extras = new ArrayList<>();
        int goldEvents = 0;
        int optional = 0;
        int predictedEvents = 0;
        int leftOutEvents = 0;

        for (GoldArticle a : eventGold) {
            List<Event> all = predicted.getOrDefault(a.id(), List.of());
            List<Event> kept = all.stream().filter(e -> !LEFT_OUT.contains(e.factuality())).toList();
            goldEvents += a.events().size();
            optional += (int) a.events().stream().filter(GoldEvent::optional).count();
            predictedEvents += all.size();
            leftOutEvents += all.size() - kept.size();
            for (Level level : levels) {
                List<Event> scoredHere = level == Level.PLOVER ? ploverTyped(kept) : kept;
                Outcome o = Outcome.of(level, a.events(), scoredHere);
                tallies.get(level).add(level, a, scoredHere, o);
                if (level == headline) {
                    record(level, a, scoredHere, o, misses, extras, bands);
                }
            }
            if (headline != null) {
                confuse(headline, a.events(), kept, confusion);
                for (Factuality f : LEFT_OUT) {
                    List<Event> those = all.stream().filter(e -> e.factuality() == f).toList();
                    leftOut.get(f)[0] += those.size();
                    leftOut.get(f)[1] += matchingRequired(headline, a.events(), those);
                }
            }
        }

        List<Report.LevelScore> levelScores = new ArrayList<>();
        for (Level l : levels) {
            levelScores.add(tallies.get(l).toScore(l));
        }
        List<Report.FactualityRow> leftOutRows = new ArrayList<>();
        List<Report.ReliabilityBand> reliability = new ArrayList<>();
        if (headline != null) {
            LEFT_OUT.forEach(f -> leftOutRows.add(new Report.FactualityRow(f.label(), leftOut.get(f)[0],
                    leftOut.get(f)[1])));
            for (int b = 0; b < BANDS; b++) {
                reliability.add(new Report.ReliabilityBand(b / (double) BANDS, (b + 1) / (double) BANDS,
                        bands[b][0], bands[b][1]));
            }
        }
        Report.Totals totals = new Report.Totals(gold.size(), gold.size() - scored.size(), goldEvents, optional,
                predictedEvents, leftOutEvents);
        return new Report(totals, headline, levelScores, confusion, leftOutRows, reliability, misses, extras,
                pentaClass(scored, predicted, mainRoots), spans(scored, predicted), 0, List.of());
    }

    /** Root and strict when the gold has CAMEO codes (or no events at all), plover when it has types. */
    private static List<Level> levels(List<GoldArticle> eventGold) {
        if (eventGold.isEmpty()) {
            return List.of();
        }
        boolean cameo = eventGold.stream().flatMap(a -> a.events().stream()).anyMatch(g -> !g.cameo().isEmpty());
        boolean plover = eventGold.stream().flatMap(a -> a.events().stream()).anyMatch(g -> !g.plover().isEmpty());
        List<Level> out = new ArrayList<>();
        if (cameo || !plover) {
            out.add(Level.ROOT);
            out.add(Level.STRICT);
        }
        if (plover) {
            out.add(Level.PLOVER);
        }
        return out;
    }

    /**
     * PLOVER codes no plain statements (CAMEO 01): an event without a PLOVER type can neither match
     * nor be an extra at the PLOVER level.
     */
    private static List<Event> ploverTyped(List<Event> events) {
        return events.stream().filter(e -> !e.cameo().ploverType().isEmpty()).toList();
    }

    private static boolean required(Level level, GoldEvent g) {
        return !g.optional() && level.applies(g);
    }

    /** The matching of one record at one level. */
    private record Outcome(List<GoldEvent> gold, int[] goldToPredicted, boolean[] predictedHit,
                           boolean[] predictedOnOptional) {

        static Outcome of(Level level, List<GoldEvent> gold, List<Event> predicted) {
            List<GoldEvent> ordered = new ArrayList<>();
            gold.stream().filter(g -> required(level, g)).forEach(ordered::add);
            gold.stream().filter(g -> !required(level, g)).forEach(ordered::add);
            boolean[][] edges = new boolean[ordered.size()][predicted.size()];
            for (int i = 0; i < ordered.size(); i++) {
                for (int j = 0; j < predicted.size(); j++) {
                    edges[i][j] = level.matchesAsFarAsKnown(ordered.get(i), predicted.get(j));
                }
            }
            int[] m = Matching.maximum(edges, predicted.size());
            boolean[] hit = new boolean[predicted.size()];
            boolean[] onOptional = new boolean[predicted.size()];
            for (int i = 0; i < ordered.size(); i++) {
                if (m[i] >= 0) {
                    if (required(level, ordered.get(i))) {
                        hit[m[i]] = true;
                    } else {
                        onOptional[m[i]] = true;
                    }
                }
            }
            return new Outcome(ordered, m, hit, onOptional);
        }
    }

    /** Counts of one level, overall, per code and per category. */
    private static final class Tally {
        final int[] all = new int[3];
        final Map<String, int[]> byCode = new HashMap<>();
        final Map<String, int[]> byCategory = new HashMap<>();

        void add(Level level, GoldArticle a, List<Event> predicted, Outcome o) {
            for (int i = 0; i < o.gold().size(); i++) {
                GoldEvent g = o.gold().get(i);
                if (required(level, g)) {
                    int slot = o.goldToPredicted()[i] >= 0 ? 0 : 2;
                    count(slot, level.goldKey(g), a.category());
                }
            }
            for (int j = 0; j < predicted.size(); j++) {
                if (!o.predictedHit()[j] && !o.predictedOnOptional()[j]) {
                    count(1, key(level.predictedKey(predicted.get(j))), a.category());
                }
            }
        }

        private void count(int slot, String code, String category) {
            all[slot]++;
            byCode.computeIfAbsent(code, k -> new int[3])[slot]++;
            if (!category.isEmpty()) {
                byCategory.computeIfAbsent(category, k -> new int[3])[slot]++;
            }
        }

        Report.LevelScore toScore(Level level) {
            Map<String, Counts> codes = new HashMap<>();
            byCode.forEach((k, v) -> codes.put(k, counts(v)));
            Map<String, Counts> categories = new HashMap<>();
            byCategory.forEach((k, v) -> categories.put(k, counts(v)));
            return new Report.LevelScore(level, counts(all), codes, categories);
        }

        private static Counts counts(int[] v) {
            return new Counts(v[0], v[1], v[2]);
        }
    }

    private static void record(Level level, GoldArticle a, List<Event> predicted, Outcome o, List<Report.Miss> misses,
                               List<Report.Extra> extras, int[][] bands) {
        for (int i = 0; i < o.gold().size(); i++) {
            GoldEvent g = o.gold().get(i);
            if (o.goldToPredicted()[i] < 0 && required(level, g)) {
                misses.add(new Report.Miss(a.id(), g.source(), g.target(), g.cameo(), g.plover(), a.text()));
            }
        }
        for (int j = 0; j < predicted.size(); j++) {
            Event e = predicted.get(j);
            if (o.predictedOnOptional()[j]) {
                continue;
            }
            int band = Math.min(BANDS - 1, Math.max(0, (int) (e.confidence() * BANDS)));
            bands[band][0]++;
            if (o.predictedHit()[j]) {
                bands[band][1]++;
            } else {
                extras.add(new Report.Extra(a.id(), e.sentence(), e.source().code(), code(e.target()),
                        e.cameo().code(), PloverTypes.current(e.cameo().ploverType()), e.factuality().label(),
                        e.confidence(), sentenceText(a.text(), e)));
            }
        }
    }

    private static void confuse(Level level, List<GoldEvent> gold, List<Event> predicted,
                                Map<String, Map<String, Integer>> confusion) {
        List<GoldEvent> applicable = new ArrayList<>();
        gold.stream().filter(g -> required(level, g)).forEach(applicable::add);
        gold.stream().filter(g -> g.optional() && level.applies(g)).forEach(applicable::add);
        boolean[][] edges = new boolean[applicable.size()][predicted.size()];
        for (int i = 0; i < applicable.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                edges[i][j] = level.sameDyad(applicable.get(i), predicted.get(j));
            }
        }
        int[] m = Matching.maximum(edges, predicted.size());
        for (int i = 0; i < applicable.size(); i++) {
            if (m[i] >= 0) {
                confusion.computeIfAbsent(level.goldKey(applicable.get(i)), k -> new HashMap<>())
                        .merge(key(level.predictedKey(predicted.get(m[i]))), 1, Integer::sum);
            }
        }
    }

    private static int matchingRequired(Level level, List<GoldEvent> gold, List<Event> predicted) {
        List<GoldEvent> required = gold.stream().filter(g -> required(level, g)).toList();
        boolean[][] edges = new boolean[required.size()][predicted.size()];
        for (int i = 0; i < required.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                edges[i][j] = level.matches(required.get(i), predicted.get(j));
            }
        }
        int n = 0;
        for (int right : Matching.maximum(edges, predicted.size())) {
            n += right >= 0 ? 1 : 0;
        }
        return n;
    }

    private static Report.PentaClassScore pentaClass(List<GoldArticle> scored, Map<String, List<Event>> predicted,
                                                     Map<String, String> mainRoots) {
        int[][] confusion = new int[5][5];
        int n = 0;
        for (GoldArticle a : scored) {
            if (a.pentaClass() != null) {
                confusion[a.pentaClass()][PentaClass.ofSentence(predicted.getOrDefault(a.id(), List.of()),
                        mainRoots.get(a.id()))]++;
                n++;
            }
        }
        if (n == 0) {
            return null;
        }
        int correct = 0;
        double f1Sum = 0;
        int present = 0;
        List<Report.ClassRow> rows = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            int tp = confusion[c][c];
            int asPredicted = 0;
            int asGold = 0;
            for (int k = 0; k < 5; k++) {
                asPredicted += confusion[k][c];
                asGold += confusion[c][k];
            }
            Counts counts = new Counts(tp, asPredicted - tp, asGold - tp);
            rows.add(new Report.ClassRow(c, PentaClass.NAMES.get(c), counts));
            correct += tp;
            if (asPredicted + asGold > 0) {
                f1Sum += counts.f1();
                present++;
            }
        }
        List<List<Integer>> table = new ArrayList<>();
        for (int[] row : confusion) {
            table.add(Arrays.stream(row).boxed().toList());
        }
        return new Report.PentaClassScore(n, correct / (double) n, present == 0 ? 0 : f1Sum / present, rows, table);
    }

    private static Report.SpanScore spans(List<GoldArticle> scored, Map<String, List<Event>> predicted) {
        Counts source = Counts.ZERO;
        Counts target = Counts.ZERO;
        Counts overlap = Counts.ZERO;
        boolean any = false;
        for (GoldArticle a : scored) {
            if (a.spans() == null) {
                continue;
            }
            any = true;
            Set<Span> sources = new LinkedHashSet<>();
            Set<Span> targets = new LinkedHashSet<>();
            for (Event e : predicted.getOrDefault(a.id(), List.of())) {
                sources.add(e.source().span());
                if (e.target() != null) {
                    targets.add(e.target().span());
                }
            }
            source = source.plus(exact(a.spans().sources(), sources));
            target = target.plus(exact(a.spans().targets(), targets));
            overlap = overlap.plus(overlapping(a.spans().sources(), sources))
                    .plus(overlapping(a.spans().targets(), targets));
        }
        return any ? new Report.SpanScore(source.plus(target), source, target, overlap) : null;
    }

    private static Counts exact(List<Span> gold, Set<Span> predicted) {
        Set<Span> g = new LinkedHashSet<>(gold);
        int tp = (int) predicted.stream().filter(g::contains).count();
        return new Counts(tp, predicted.size() - tp, g.size() - tp);
    }

    private static Counts overlapping(List<Span> gold, Set<Span> predicted) {
        List<Span> g = new ArrayList<>(new LinkedHashSet<>(gold));
        List<Span> p = new ArrayList<>(predicted);
        boolean[][] edges = new boolean[g.size()][p.size()];
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < p.size(); j++) {
                edges[i][j] = g.get(i).overlaps(p.get(j));
            }
        }
        int tp = 0;
        for (int right : Matching.maximum(edges, p.size())) {
            tp += right >= 0 ? 1 : 0;
        }
        return new Counts(tp, p.size() - tp, g.size() - tp);
    }

    private static String sentenceText(String text, Event e) {
        Span s = e.evidence() == null ? null : e.evidence().sentence();
        return s != null && s.end() <= text.length() ? s.of(text) : text;
    }

    private static String code(Actor a) {
        return a == null ? "" : a.code();
    }

    private static String key(String k) {
        return k == null || k.isEmpty() ? "-" : k;
    }
}
