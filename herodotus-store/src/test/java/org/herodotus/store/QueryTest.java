package org.herodotus.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryTest {

    @TempDir
    static Path dir;

    private static Path db;

    @BeforeAll
    static void ingestTheFixture() throws IOException {
        Fixture f = new Fixture();
        db = dir.resolve("h.duckdb");
        Path in = f.write(dir, "news.jsonl", f.lines);
        try (Store store = Store.open(db)) {
            new Ingest(store, f.coder(), IngestOptions.defaults(), IngestListener.NONE).run(List.of(in.toString()));
        }
    }

    private static List<String> ids(EventFilter filter) {
        try (Store store = Store.openForReading(db)) {
            return EventQuery.list(store, filter).stream().map(e -> e.text("source", "code")).toList();
        }
    }

    private static EventFilter filter(String actor, String country, String sector, String root, Integer quad,
                                      LocalDate from, LocalDate to, String place) {
        return new EventFilter(actor, country, sector, root, quad, from, to, place, 0);
    }

    @Test
    void filtersSelectByActorCountrySectorRootQuadAndDates() {
        assertEquals(List.of("EGYMIL", "TURGOV"), ids(EventFilter.ALL), "in order of day");
        assertEquals(List.of("TURGOV"), ids(filter("irq", null, null, null, null, null, null, null)));
        assertEquals(List.of("TURGOV"), ids(filter(null, "IRQ", null, null, null, null, null, null)));
        assertEquals(List.of("EGYMIL"), ids(filter(null, null, "MIL", null, null, null, null, null)));
        assertEquals(List.of("EGYMIL"), ids(filter(null, null, null, "19", null, null, null, null)));
        assertEquals(List.of("EGYMIL"), ids(filter(null, null, null, null, 4, null, null, null)));
        assertEquals(List.of("TURGOV"), ids(filter(null, null, null, null, null, LocalDate.of(2021, 1, 1), null, null)));
        assertEquals(List.of("EGYMIL"), ids(filter(null, null, null, null, null, null, LocalDate.of(2018, 2, 12), null)));
        assertEquals(List.of(), ids(filter(null, null, null, null, null, null, null, "Baghdad")));
        assertEquals(List.of("EGYMIL"), ids(new EventFilter(null, null, null, null, null, null, null, null, 1)));
    }

    @Test
    void badFilterValuesAreRefusedWithTheOptionName() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> filter(null, null, null, "190", null, null, null,
                null)).getMessage().startsWith("query: --root takes a CAMEO root code of two digits"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> filter(null, null, null, null, 5, null, null,
                null)).getMessage().startsWith("query: --quad takes a QuadClass from 1 to 4"));
    }

    @Test
    void csvAndTableWriteOneLinePerEventAfterAHeader() {
        for (StoredEventWriter.Format format : List.of(StoredEventWriter.Format.CSV, StoredEventWriter.Format.TABLE)) {
            StringWriter s = new StringWriter();
            StoredEventWriter w = new StoredEventWriter(new PrintWriter(s), format);
            try (Store store = Store.openForReading(db)) {
                EventQuery.forEach(store, EventFilter.ALL, w::write);
            }
            w.finish();
            List<String> lines = s.toString().lines().toList();
            assertEquals(3, lines.size(), s.toString());
            assertTrue(lines.get(2).contains("TURGOV"), lines.get(2));
        }
    }

    @Test
    void statsCountArticlesByStatusAndEventsByDayDyadAndQuadClass() {
        try (Store store = Store.openForReading(db)) {
            Stats s = Stats.of(store, 10);
            assertEquals(3L, s.articles().get("coded"));
            assertEquals(1L, s.articles().get("duplicate_text"));
            assertEquals(3, s.mentions());
            assertEquals(2, s.events());
            assertEquals(List.of(new Stats.Count("2018-02-12", 1, 1), new Stats.Count("2021-03-10", 1, 2)), s.byDay());
            assertEquals(new Stats.Count("EGYMIL -> -", 1, 1), s.byDyad().get(0));
            assertEquals(List.of(new Stats.Count("1", 1, 2), new Stats.Count("4", 1, 1)), s.byQuad());
        }
    }

    @Test
    void csvQuotesFieldsThatNeedIt() {
        assertEquals("\"a, b\"", StoredEventWriter.quote("a, b"));
        assertEquals("\"say \"\"no\"\"\"", StoredEventWriter.quote("say \"no\""));
        assertEquals("plain", StoredEventWriter.quote("plain"));
    }
}
