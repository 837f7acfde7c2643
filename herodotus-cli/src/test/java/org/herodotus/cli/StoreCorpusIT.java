package org.herodotus.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.herodotus.dedup.Mention;
import org.herodotus.dedup.MergeRule;
import org.herodotus.store.EventFilter;
import org.herodotus.store.EventQuery;
import org.herodotus.store.Store;
import org.herodotus.store.StoredEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The store with the real pipeline on the deduplication corpus ({@code corpus/reports.jsonl}, 56 articles,
 * truth in {@code reports-truth.tsv}): statuses, merged events and their counts, merge quality, idempotent
 * re-ingest, exports, queries, and an ingest process killed half-way and run again.
 */
class StoreCorpusIT {

    static final Path CORPUS = Path.of("src/test/resources/corpus/reports.jsonl");
    static final Path TRUTH = Path.of("src/test/resources/corpus/reports-truth.tsv");

    @TempDir
    static Path dir;

    static Path db;
    static Run first;

    @BeforeAll
    static void ingestTheCorpus() {
        db = dir.resolve("corpus.duckdb");
        first = Run.of("ingest", "--db", db.toString(), CORPUS.toString());
    }

    @Test
    void everyArticleIsRecordedAndReportsMergeIntoFewerEvents() throws IOException {
        assertEquals(0, first.exit(), first.err());
        try (Store store = Store.openForReading(db)) {
            Map<String, String> status = store.articleStatuses();
            assertEquals(56, status.size());
            assertEquals("duplicate_text", status.get("r-027"));
            assertEquals("duplicate_text", status.get("r-056"));
            for (String none : List.of("r-005", "r-019", "r-034", "r-050")) {
                assertTrue(Set.of("no_actors", "no_event").contains(status.get(none)), none + " " + status.get(none));
            }
            long mentions = store.count("mentions");
            long events = store.count("events");
            System.out.printf(Locale.ROOT, "corpus: %d mentions merged into %d events%n", mentions, events);
            assertTrue(events < mentions, events + " events, " + mentions + " mentions");
        }
    }

    @Test
    void sharedEventsCarryTheirArticleCounts() {
        try (Store store = Store.openForReading(db)) {
            List<StoredEvent> events = EventQuery.list(store, EventFilter.ALL);
            events.stream().filter(e -> e.numArticles() > 1).forEach(e -> System.out.printf(Locale.ROOT,
                    "  %s %s %s->%s %s articles=%s%n", e.id(), e.day(), e.text("source", "code"),
                    e.text("target", "code"), e.text("cameo"), e.articleIds()));
            assertEquals(List.of("r-002", "r-031", "r-048"), articlesOf(events, "EGYMIL", "19"),
                    "E03: r-015 is coded only as a statement");
            assertEquals(List.of("r-018", "r-039"), articlesOf(events, "UZBGOV", "04"), "E12");
            assertTrue(articlesOf(events, "TURGOV", "04").containsAll(List.of("r-001", "r-008", "r-054")),
                    "E01 visit: " + articlesOf(events, "TURGOV", "04"));
            assertFalse(articlesOf(events, "TURGOV", "04").contains("r-011"),
                    "the Ankara visit three months later (U01) stays apart");
        }
    }

    @Test
    void mergeQualityAgainstTheTruthFile() throws IOException {
        Map<String, String> truth = MergeQuality.truth(TRUTH);
        List<Mention> mentions;
        List<Set<String>> stored = new ArrayList<>();
        try (Store store = Store.openForReading(db)) {
            mentions = store.mentions();
            EventQuery.forEach(store, EventFilter.ALL, e -> stored.add(new HashSet<>(e.articleIds())));
        }
        MergeQuality q = MergeQuality.of(stored, truth, MergeRule.DEFAULT, mentions);
        System.out.println("merge quality at the default rule (" + MergeRule.DEFAULT.describe() + "): " + q);
        System.out.println("threshold  real dates                                    all dates set to one day");
        for (int t = 20; t <= 60; t += 5) {
            MergeRule rule = MergeRule.DEFAULT.withThreshold(t / 100.0);
            MergeQuality real = MergeQuality.recluster(mentions, rule, truth, m -> m);
            MergeQuality oneDay = MergeQuality.recluster(mentions, rule, truth, StoreCorpusIT::onOneDay);
            System.out.printf(Locale.ROOT, "  %.2f     P=%.3f R=%.3f merged=%2d right=%2d      P=%.3f R=%.3f merged=%2d%n",
                    t / 100.0, real.precision(), real.recall(), real.merged(), real.right(), oneDay.precision(),
                    oneDay.recall(), oneDay.merged());
        }
        assertTrue(q.precision() >= 0.95, q.toString());
        assertTrue(q.recall() >= 0.40, q.toString());
    }

    @Test
    void ingestingTheCorpusAgainAddsNoRows() {
        long[] before = counts(db);
        Run again = Run.of("ingest", "--db", db.toString(), CORPUS.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 stored (none), 56 already stored"), again.err());
        assertFalse(again.err().contains("loading the language models"), "nothing to code: " + again.err());
        assertEquals(before[0], counts(db)[0]);
        assertEquals(before[1], counts(db)[1]);
        assertEquals(before[2], counts(db)[2]);
    }

    @Test
    void exportsReadBack() throws IOException, SQLException {
        Path parquet = dir.resolve("events.parquet");
        Path tsv = dir.resolve("events.tsv");
        Path jsonl = dir.resolve("events.jsonl");
        for (String[] f : new String[][]{{"parquet", parquet.toString()}, {"tsv", tsv.toString()}, {"jsonl", jsonl.toString()}}) {
            Run r = Run.of("export", "--db", db.toString(), "--format", f[0], "--out", f[1]);
            assertEquals(0, r.exit(), r.err());
        }
        long events = counts(db)[2];
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = c.createStatement().executeQuery("SELECT count(*), sum(num_mentions) FROM read_parquet('"
                     + parquet + "')")) {
            r.next();
            assertEquals(events, r.getLong(1));
            assertEquals(counts(db)[1], r.getLong(2));
        }
        List<String> rows = Files.readAllLines(tsv);
        assertEquals(events + 1, rows.size());
        assertTrue(rows.stream().allMatch(row -> row.split("\t", -1).length == 61));
        assertTrue(rows.get(0).startsWith("GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code"));
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(events, lines.size());
        JsonNode e = new ObjectMapper().readTree(lines.get(0));
        for (String field : List.of("id", "article_id", "source", "target", "cameo", "quad_class", "evidence",
                "num_mentions", "num_sources", "num_articles", "article_ids")) {
            assertTrue(e.has(field), field + " missing in " + e);
        }
    }

    @Test
    void queriesAndStats() {
        Run fights = Run.of("query", "--db", db.toString(), "--root", "19", "--format", "csv");
        assertEquals(0, fights.exit(), fights.err());
        assertTrue(fights.out().lines().skip(1).allMatch(l -> l.split(",")[7].equals("19")), fights.out());
        assertTrue(fights.out().contains("EGYMIL"), fights.out());
        Run egypt = Run.of("query", "--db", db.toString(), "--country", "EGY", "--from", "2018-02-12", "--to",
                "2018-02-12", "--format", "jsonl", "--limit", "2");
        assertEquals(2, egypt.out().lines().count(), egypt.out());
        Run stats = Run.of("stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("duplicate_text"), stats.out());
        assertTrue(stats.out().contains("events by QuadClass"), stats.out());
    }

    @Test
    void aMalformedFeedIsReportedAndTheRestOfTheBatchIngested() throws IOException {
        Path feed = Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item></channel>");
        Path good = Files.writeString(dir.resolve("good.txt"), "Egypt condemned the Israeli air strike on Gaza.");
        Path fresh = dir.resolve("feed.duckdb");
        Run r = Run.of("ingest", "--db", fresh.toString(), "--date", "2021-05-12", feed.toString(), good.toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.contains(feed.toString())).count(), r.err());
        try (Store store = Store.openForReading(fresh)) {
            assertEquals("unreadable", store.articleStatuses().get(feed.toString()));
            assertEquals("coded", store.articleStatuses().get("good"));
        }
    }

    @Test
    void anIngestKilledHalfWayIsCompletedByRunningItAgain() throws IOException, InterruptedException, SQLException {
        Path killed = dir.resolve("killed.duckdb");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.herodotus.cli.Main", "ingest", "--db", killed.toString(), "--batch", "8", CORPUS.toString())
                .redirectErrorStream(true).start();
        String progress = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("herodotus: ingest: ") && line.contains("articles and")) {
                    progress = line;
                    break;
                }
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(progress != null, "the ingest never reported a committed batch");
        long stored;
        try (Store store = Store.openForReading(killed)) {
            stored = store.count("articles");
        }
        System.out.println("killed after: " + progress + "; articles in the database: " + stored);
        assertTrue(stored > 0 && stored < 56, stored + " articles after the kill");

        Run rerun = Run.of("ingest", "--db", killed.toString(), "--batch", "8", CORPUS.toString());
        assertEquals(0, rerun.exit(), rerun.err());
        assertEquals(counts(db)[0], counts(killed)[0], "articles");
        assertEquals(counts(db)[1], counts(killed)[1], "mentions");
        assertEquals(counts(db)[2], counts(killed)[2], "events");
        assertEquals(eventIds(db), eventIds(killed));
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + killed, readOnly);
             ResultSet r = c.createStatement().executeQuery("SELECT (SELECT count(DISTINCT id) = count(*) FROM articles), "
                     + "(SELECT count(DISTINCT id) = count(*) FROM mentions), "
                     + "(SELECT count(DISTINCT (article_id, sentence, cameo, source_code, coalesce(target_code, ''), "
                     + "trigger_text)) = count(*) FROM mentions)")) {
            r.next();
            assertTrue(r.getBoolean(1) && r.getBoolean(2) && r.getBoolean(3), "duplicates after the rerun");
        }
    }

    private static Mention onOneDay(Mention m) {
        return new Mention(m.id(), m.articleId(), m.sentence(), m.publisher(), LocalDate.of(2020, 1, 1),
                m.sourceCode(), m.targetCode(), m.cameo(), m.negated(), m.placeName(), m.placeCountry(), m.evidence(),
                m.confidence());
    }

    private static List<String> articlesOf(List<StoredEvent> events, String source, String root) {
        return events.stream().filter(e -> source.equals(e.text("source", "code")) && root.equals(e.text("cameo_root")))
                .max((a, b) -> Integer.compare(a.numArticles(), b.numArticles())).map(StoredEvent::articleIds)
                .orElse(List.of());
    }

    private static Set<String> eventIds(Path file) {
        try (Store store = Store.openForReading(file)) {
            Set<String> ids = new HashSet<>();
            EventQuery.forEach(store, EventFilter.ALL, e -> ids.add(e.id() + " " + e.mentionIds()));
            return ids;
        }
    }

    private static long[] counts(Path file) {
        try (Store store = Store.openForReading(file)) {
            return new long[]{store.count("articles"), store.count("mentions"), store.count("events")};
        }
    }
}
