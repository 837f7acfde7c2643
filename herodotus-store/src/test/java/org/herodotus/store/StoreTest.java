package org.herodotus.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileBecomesAnEmptyHerodotusDatabase() throws SQLException {
        Path db = dir.resolve("new.duckdb");
        try (Store store = Store.open(db)) {
            assertEquals(0, store.count("articles"));
            assertEquals("herodotus-store.v1", store.meta("schema").orElseThrow());
        }
        try (Store again = Store.open(db)) {
            assertEquals(0, again.count("events"));
        }
    }

    @Test
    void aFileThatIsNotDuckDbIsRefusedWithTheFix() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.db"), "shopping list: bread, milk\n");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(notes));
        assertTrue(e.badInput());
        assertEquals("store: " + notes + " is not a DuckDB database; give a new file name, or a database made by "
                + "herodotus ingest", e.getMessage());
        assertEquals("shopping list: bread, milk\n", Files.readString(notes), "the file is left alone");
    }

    @Test
    void aDuckDbDatabaseOfSomethingElseIsRefused() throws SQLException {
        Path other = dir.resolve("other.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + other)) {
            c.createStatement().execute("CREATE TABLE sales (id INTEGER)");
        }
        StoreException e = assertThrows(StoreException.class, () -> Store.open(other));
        assertTrue(e.badInput());
        assertTrue(e.getMessage().contains("is a DuckDB database but not a Herodotus one (it has no herodotus_meta "
                + "table); give a new file name"), e.getMessage());
    }

    @Test
    void aPathInAMissingDirectoryIsRefusedWithTheFix() {
        Path missing = dir.resolve("no/such/dir/h.duckdb");
        StoreException e = assertThrows(StoreException.class, () -> Store.open(missing));
        assertTrue(e.badInput());
        assertTrue(e.getMessage().startsWith("store: cannot open database " + missing), e.getMessage());
        assertTrue(e.getMessage().endsWith("check that its directory exists and is writable"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void aDirectoryIsRefused() {
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("is a directory; give the database a file name"), e.getMessage());
    }

    @Test
    void readingADatabaseThatDoesNotExistSaysHowToMakeOne() {
        Path missing = dir.resolve("missing.duckdb");
        StoreException e = assertThrows(StoreException.class, () -> Store.openForReading(missing));
        assertTrue(e.getMessage().contains("no such database; create it with herodotus ingest --db"), e.getMessage());
        assertFalse(Files.exists(missing));
    }
}
