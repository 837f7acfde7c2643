package org.herodotus.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The database commands on bad input, without models: one line naming the input and the fix, exit code 2. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private Path feed() throws IOException {
        return Files.writeString(dir.resolve("broken.rss"), "<rss><channel><item><title>x</title></channel></rss>");
    }

    @Test
    void aFileThatIsNotADatabaseIsOneLineAndExitCodeTwo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "not a database");
        Run r = Run.of("ingest", "--db", notes.toString(), feed().toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals("herodotus: store: " + notes + " is not a DuckDB database; give a new file name, or a database "
                + "made by herodotus ingest\n", r.err());
    }

    @Test
    void anUnwritableDatabasePathIsOneLineAndExitCodeTwo() throws IOException {
        Path db = dir.resolve("missing/dir/h.duckdb");
        Run r = Run.of("ingest", "--db", db.toString(), feed().toString());
        assertEquals(2, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("herodotus: store: cannot open database " + db), r.err());
    }

    @Test
    void aMalformedFeedIsOneLineNamingItAndIsRecordedAsUnreadable() throws IOException {
        Path db = dir.resolve("h.duckdb");
        Path feed = feed();
        Run r = Run.of("ingest", "--db", db.toString(), feed.toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("herodotus: " + feed + ": is not well-formed XML (line 1, column "), r.err());
        assertFalse(r.err().contains("loading the language models"), "nothing to code, no models loaded");
        Run stats = Run.of("stats", "--db", db.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("unreadable"), stats.out());
        Run again = Run.of("ingest", "--db", db.toString(), feed.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("0 stored (none), 1 already stored"), again.err());
    }

    @Test
    void queryingADatabaseThatDoesNotExistSaysHowToMakeOne() {
        Path db = dir.resolve("none.duckdb");
        Run r = Run.of("query", "--db", db.toString());
        assertEquals(2, r.exit());
        assertEquals("herodotus: store: " + db + ": no such database; create it with herodotus ingest --db " + db
                + " INPUT...\n", r.err());
        assertFalse(Files.exists(db));
    }

    @Test
    void badFilterAndFormatValuesAreOneLineAndExitCodeTwo() throws IOException {
        Path db = dir.resolve("h.duckdb");
        Run.of("ingest", "--db", db.toString(), feed().toString());
        Run root = Run.of("query", "--db", db.toString(), "--root", "190");
        assertEquals(2, root.exit());
        assertTrue(root.err().startsWith("herodotus: query: --root takes a CAMEO root code of two digits"), root.err());
        Run format = Run.of("export", "--db", db.toString(), "--format", "xlsx", "--out", dir.resolve("x").toString());
        assertEquals(2, format.exit());
        assertEquals("herodotus: unknown export format 'xlsx'; use jsonl, tsv or parquet\n", format.err());
        Run window = Run.of("ingest", "--db", db.toString(), "--threshold", "2", feed().toString());
        assertEquals(2, window.exit());
        assertTrue(window.err().contains("the merge threshold lies in 0..1"), window.err());
    }

    @Test
    void anEmptyDatabaseExportsHeaderOnlyFiles() throws IOException {
        Path db = dir.resolve("h.duckdb");
        Run.of("ingest", "--db", db.toString(), feed().toString());
        Path tsv = dir.resolve("e.tsv");
        Run r = Run.of("export", "--db", db.toString(), "--format", "tsv", "--out", tsv.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals(1, Files.readAllLines(tsv).size());
        assertEquals("herodotus: export: 0 events written to " + tsv + "\n", r.err());
    }
}
