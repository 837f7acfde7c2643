package org.herodotus.store;

import org.herodotus.dedup.EventIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestTest {

    @TempDir
    Path dir;

    private final Fixture fixture = new Fixture();

    private IngestReport ingest(Path db, BatchCoder coder, int batch, List<String> problems, Path... inputs) {
        try (Store store = Store.open(db)) {
            IngestListener listener = new IngestListener() {
                @Override
                public void progress(IngestProgress p) {
                }

                @Override
                public void problem(String message) {
                    problems.add(message);
                }
            };
            return new Ingest(store, coder, new IngestOptions(null, batch, IngestOptions.defaults().rule()), listener)
                    .run(java.util.Arrays.stream(inputs).map(Path::toString).toList());
        }
    }

    private Path corpus() throws IOException {
        return fixture.write(dir, "news.jsonl", fixture.lines);
    }

    @Test
    void everyInputIsRecordedWithItsStatusAndReason() throws IOException {
        Path db = dir.resolve("h.duckdb");
        List<String> problems = new ArrayList<>();
        IngestReport r = ingest(db, fixture.coder(), 4, problems, corpus());
        try (Store store = Store.openForReading(db)) {
            Map<String, String> status = store.articleStatuses();
            assertEquals("coded", status.get("a1"));
            assertEquals("coded", status.get("a2"));
            assertEquals("duplicate_text", status.get("a3"));
            assertEquals("coded", status.get("a4"));
            assertEquals("no_actors", status.get("a5"));
            assertEquals("no_event", status.get("a6"));
            assertEquals("error", status.get("a7"));
            assertEquals("unreadable", status.get(dir.resolve("news.jsonl") + ":8"));
            assertEquals("not_english", status.get(dir.resolve("news.jsonl") + ":9"));
            assertEquals(9, status.size());
        }
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(3, r.problems());
        assertEquals(3, r.count(ArticleStatus.CODED));
        assertEquals(6, fixture.coded.get(), "the duplicate text is not coded again");
    }

    @Test
    void ingestingTheSameInputAgainAddsNothingAndCodesNothing() throws IOException {
        Path db = dir.resolve("h.duckdb");
        Path in = corpus();
        ingest(db, fixture.coder(), 4, new ArrayList<>(), in);
        long[] before = counts(db);
        int codedBefore = fixture.coded.get();
        IngestReport again = ingest(db, fixture.coder(), 4, new ArrayList<>(), in);
        assertEquals(before[0], counts(db)[0]);
        assertEquals(before[1], counts(db)[1]);
        assertEquals(before[2], counts(db)[2]);
        assertEquals(0, again.stored());
        assertEquals(9, again.alreadyStored());
        assertEquals(codedBefore, fixture.coded.get());
    }

    @Test
    void twoReportsOfOneVisitAreOneEventWithTheirCounts() throws IOException {
        Path db = dir.resolve("h.duckdb");
        ingest(db, fixture.coder(), 4, new ArrayList<>(), corpus());
        try (Store store = Store.openForReading(db)) {
            assertEquals(3, store.count("mentions"));
            assertEquals(2, store.count("events"));
            StoredEvent visit = EventQuery.list(store, new EventFilter("TUR", null, null, null, null, null, null, null, 0))
                    .get(0);
            assertEquals(EventIds.of("ev-a1-042-TURGOV-IRQGOV"), visit.id());
            assertEquals(2, visit.numMentions());
            assertEquals(2, visit.numSources());
            assertEquals(List.of("a1", "a2"), visit.articleIds());
        }
    }

    @Test
    void aDictionaryCodeWithoutFactsIsStoredWithoutQuadClassAndGoldsteinAlsoInAnOlderDatabase()
            throws IOException, java.sql.SQLException {
        Path db = dir.resolve("h.duckdb");
        try (Store store = Store.open(db)) {
            assertEquals(0, store.count("events"));
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + db);
             java.sql.Statement s = c.createStatement()) {
            for (String table : List.of("mentions", "events")) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN quad_class SET NOT NULL");
                s.execute("ALTER TABLE " + table + " ALTER COLUMN goldstein SET NOT NULL");
            }
        }
        Fixture own = new Fixture();
        String text = "Arnor will abandon full diplomatic ties with Gondor.";
        own.eventsByText.put(text, List.of(org.herodotus.dedup.Reports.report("p1", "Minas Tirith Wire",
                "2021-03-12", "ARN", "GON", "901", text).event()));
        Path in = own.write(dir, "own.jsonl", List.of("{\"id\": \"p1\", \"date\": \"2021-03-12\", \"text\": \""
                + text + "\"}"));
        List<String> problems = new ArrayList<>();
        ingest(db, own.coder(), 4, problems, in);
        assertEquals(List.of(), problems);
        try (Store store = Store.openForReading(db)) {
            StoredEvent e = EventQuery.list(store, EventFilter.ALL).get(0);
            assertEquals("901", e.text("cameo"));
            assertEquals(null, e.number("goldstein"));
            assertEquals(null, e.text("quad_class"));
        }
    }

    @Test
    void aLaterIngestJoinsStoredEventsAndKeepsTheirIds() throws IOException {
        Path db = dir.resolve("h.duckdb");
        Path first = fixture.write(dir, "first.jsonl", List.of(fixture.lines.get(0)));
        Path second = fixture.write(dir, "second.jsonl", List.of(fixture.lines.get(1)));
        assertEquals(1, ingest(db, fixture.coder(), 4, new ArrayList<>(), first).newEvents());
        IngestReport later = ingest(db, fixture.coder(), 4, new ArrayList<>(), second);
        assertEquals(0, later.newEvents());
        assertEquals(1, later.grownEvents());
        try (Store store = Store.openForReading(db)) {
            List<StoredEvent> events = EventQuery.list(store, EventFilter.ALL);
            assertEquals(1, events.size());
            assertEquals(EventIds.of("ev-a1-042-TURGOV-IRQGOV"), events.get(0).id());
            assertEquals(2, events.get(0).numArticles());
        }
    }

    @Test
    void theBatchSizeDoesNotChangeTheResult() throws IOException {
        Path in = corpus();
        Path one = dir.resolve("one.duckdb");
        Path many = dir.resolve("many.duckdb");
        ingest(one, fixture.coder(), 1, new ArrayList<>(), in);
        ingest(many, fixture.coder(), 100, new ArrayList<>(), in);
        assertEquals(eventsOf(one), eventsOf(many));
    }

    @Test
    void aBatchThatFailsLeavesTheBatchesBeforeItAndARerunCompletesTheIngest() throws IOException {
        Path in = corpus();
        Path db = dir.resolve("h.duckdb");
        BatchCoder dies = (articles, sink) -> {
            if (articles.stream().anyMatch(a -> a.id().equals("a4"))) {
                throw new IllegalStateException("killed");
            }
            fixture.coder().codeAll(articles, sink);
        };
        assertThrows(IllegalStateException.class, () -> ingest(db, dies, 2, new ArrayList<>(), in));
        try (Store store = Store.openForReading(db)) {
            assertEquals(2, store.count("articles"), "the first batch (a1, a2); the failed one (a3, a4) leaves no trace");
        }
        ingest(db, fixture.coder(), 2, new ArrayList<>(), in);
        Path clean = dir.resolve("clean.duckdb");
        ingest(clean, fixture.coder(), 2, new ArrayList<>(), in);
        assertEquals(eventsOf(clean), eventsOf(db));
        assertEquals(counts(clean)[0], counts(db)[0]);
        assertEquals(counts(clean)[1], counts(db)[1]);
    }

    @Test
    void anIdStoredWithAnotherTextIsAProblemAndTheStoredOneIsKept() throws IOException {
        Path db = dir.resolve("h.duckdb");
        ingest(db, fixture.coder(), 4, new ArrayList<>(), fixture.write(dir, "a.jsonl", List.of(fixture.lines.get(0))));
        List<String> problems = new ArrayList<>();
        ingest(db, fixture.coder(), 4, problems, fixture.write(dir, "b.jsonl",
                List.of(fixture.lines.get(1).replace("\"a2\"", "\"a1\""))));
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("a1: an article with this id is already stored with another text"),
                problems.get(0));
    }

    private static List<String> eventsOf(Path db) {
        try (Store store = Store.openForReading(db)) {
            return EventQuery.list(store, EventFilter.ALL).stream()
                    .map(e -> e.id() + " " + e.mentionIds() + " " + e.numSources()).toList();
        }
    }

    private static long[] counts(Path db) {
        try (Store store = Store.openForReading(db)) {
            return new long[]{store.count("articles"), store.count("mentions"), store.count("events")};
        }
    }
}
