package org.herodotus.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExportTest {

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void ingestTheFixture() throws IOException {
        Fixture f = new Fixture();
        db = dir.resolve("h.duckdb");
        Path in = f.write(dir, "news.jsonl", f.lines);
        try (Store store = Store.open(db)) {
            new Ingest(store, f.coder(), IngestOptions.defaults(), IngestListener.NONE).run(List.of(in.toString()));
        }
    }

    @Test
    void jsonlHasTheEventFieldsOfFormatSection2bWithTheEventsOwnId() throws IOException {
        Path out = dir.resolve("events.jsonl");
        try (Store store = Store.openForReading(db)) {
            assertEquals(2, Export.to(store, Export.Format.JSONL, out));
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode e = new ObjectMapper().readTree(lines.get(1));
        for (String field : List.of("id", "article_id", "sentence", "source", "target", "cameo", "cameo_root",
                "goldstein", "quad_class", "plover", "factuality", "claimant", "date", "date_precision", "location",
                "evidence", "confidence", "coder", "num_mentions", "num_sources", "num_articles", "article_ids")) {
            assertTrue(e.has(field), "missing " + field + " in " + e);
        }
        assertEquals("evt-a1-042-TURGOV-IRQGOV", e.get("id").asText());
        assertEquals(2, e.get("num_mentions").asInt());
        assertEquals("[\"a1\",\"a2\"]", e.get("article_ids").toString());
    }

    @Test
    void tsvHasGdeltsSixtyOneColumnsInEveryRow() throws IOException {
        Path out = dir.resolve("events.tsv");
        try (Store store = Store.openForReading(db)) {
            Export.to(store, Export.Format.TSV, out);
        }
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        String[] header = lines.get(0).split("\t", -1);
        assertEquals(61, header.length);
        assertEquals("GlobalEventID", header[0]);
        assertEquals("SOURCEURL", header[60]);
        String[] visit = lines.get(2).split("\t", -1);
        assertEquals(61, visit.length);
        assertEquals("20210310", visit[1]);
        assertEquals("TURGOV", visit[5]);
        assertEquals("TUR", visit[7]);
        assertEquals("GOV", visit[12]);
        assertEquals("IRQGOV", visit[15]);
        assertEquals("042", visit[26]);
        assertEquals("042", visit[27]);
        assertEquals("04", visit[28]);
        assertEquals("2", visit[31], "NumMentions");
        assertEquals("2", visit[32], "NumSources");
        assertEquals("https://example.org/a1", visit[60]);
    }

    @Test
    void parquetReadsBackInDuckDb() throws SQLException {
        Path out = dir.resolve("events.parquet");
        try (Store store = Store.openForReading(db)) {
            assertEquals(2, Export.to(store, Export.Format.PARQUET, out));
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = c.createStatement().executeQuery("SELECT count(*), sum(num_mentions), "
                     + "max(len(article_ids)) FROM read_parquet('" + out + "')")) {
            r.next();
            assertEquals(2, r.getLong(1));
            assertEquals(3, r.getLong(2));
            assertEquals(2, r.getLong(3));
        }
    }

    @Test
    void anUnwritableTargetIsABadInputNamingIt() {
        Path out = dir.resolve("no/such/dir/events.parquet");
        try (Store store = Store.openForReading(db)) {
            StoreException e = assertThrows(StoreException.class, () -> Export.to(store, Export.Format.PARQUET, out));
            assertTrue(e.getMessage().startsWith("export: cannot write " + out), e.getMessage());
            StoreException t = assertThrows(StoreException.class, () -> Export.to(store, Export.Format.TSV, out));
            assertTrue(t.getMessage().endsWith("check that its directory exists and is writable"), t.getMessage());
        }
    }
}
