package org.herodotus.store;

import org.herodotus.dedup.Mention;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * An embedded DuckDB database of articles, mentions and events. {@link #open} creates it when the file
 * does not exist; both factories refuse a file that is not a Herodotus database with a
 * {@link StoreException} naming the file and the fix. One process writes at a time (DuckDB's file lock);
 * a store opened with {@link #openForReading} shares the file with other readers.
 *
 * <p>Not thread-safe: one store, one thread.
 */
public final class Store implements AutoCloseable {

    private final Path file;
    private final Connection connection;

    private Store(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database in {@code file} for writing, creating it when the file does not exist. */
    public static Store open(Path file) {
        return open(file, false);
    }

    /** Opens an existing database for queries and exports. */
    public static Store openForReading(Path file) {
        if (!Files.exists(file)) {
            throw StoreException.badInput("store: " + file + ": no such database; create it with "
                    + "herodotus ingest --db " + file + " INPUT...", null);
        }
        return open(file, true);
    }

    private static Store open(Path file, boolean readOnly) {
        if (Files.isDirectory(file)) {
            throw StoreException.badInput("store: " + file + " is a directory; give the database a file name, "
                    + "e.g. " + file.resolve("events.duckdb"), null);
        }
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        props.setProperty("autoinstall_known_extensions", "false");
        Connection c;
        try {
            c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw openFailed(file, e);
        }
        Store store = new Store(file, c);
        try {
            store.checkOrCreate(readOnly);
        } catch (SQLException | RuntimeException e) {
            store.close();
            throw e instanceof StoreException se ? se
                    : StoreException.failure("store: cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        return store;
    }

    private static StoreException openFailed(Path file, SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("not a valid DuckDB database")) {
            return StoreException.badInput("store: " + file + " is not a DuckDB database; give a new file name, "
                    + "or a database made by herodotus ingest", e);
        }
        if (m.contains("lock")) {
            return StoreException.badInput("store: " + file + " is in use by another process; wait for it to "
                    + "finish, or work on a copy", e);
        }
        return StoreException.badInput("store: cannot open database " + file + " (" + firstLine(m)
                + "); check that its directory exists and is writable", e);
    }

    private void checkOrCreate(boolean readOnly) throws SQLException {
        Set<String> tables = new HashSet<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        if (tables.isEmpty() && !readOnly) {
            create();
            return;
        }
        if (!tables.contains(Schema.META)) {
            throw StoreException.badInput("store: " + file + " is a DuckDB database but not a Herodotus one (it has "
                    + (tables.isEmpty() ? "no tables" : "no " + Schema.META + " table") + "); give a new file name, "
                    + "or a database made by herodotus ingest", null);
        }
        String version = meta("schema").orElse("none");
        if (!Schema.VERSION.equals(version)) {
            throw StoreException.badInput("store: " + file + " has schema " + version + ", this Herodotus reads "
                    + Schema.VERSION + "; ingest into a new file", null);
        }
        if (!readOnly) {
            allowCodesWithoutFacts();
        }
    }

    /**
     * Databases made before dictionaries could define codes outside the CAMEO table required a QuadClass
     * and a Goldstein value; such codes have neither.
     */
    private void allowCodesWithoutFacts() throws SQLException {
        List<String> alter = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT table_name, column_name FROM information_schema.columns "
                     + "WHERE table_schema = 'main' AND column_name IN ('quad_class', 'goldstein') "
                     + "AND is_nullable = 'NO'")) {
            while (r.next()) {
                alter.add("ALTER TABLE " + r.getString(1) + " ALTER COLUMN " + r.getString(2) + " DROP NOT NULL");
            }
        }
        try (Statement s = connection.createStatement()) {
            for (String sql : alter) {
                s.execute(sql);
            }
        }
    }

    private void create() throws SQLException {
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            for (String ddl : Schema.TABLES) {
                s.execute(ddl);
            }
            putMeta("schema", Schema.VERSION);
            putMeta("created_at", Instant.now().toString());
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** A value of {@code herodotus_meta}. */
    public Optional<String> meta(String key) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT value FROM " + Schema.META + " WHERE key = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Sets a value of {@code herodotus_meta}, inside the caller's transaction if there is one. */
    void putMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT OR REPLACE INTO " + Schema.META + " (key, value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    public Path file() {
        return file;
    }

    Connection connection() {
        return connection;
    }

    /** Row count of one of the store's tables ({@code articles}, {@code mentions}, {@code events}). */
    public long count(String table) {
        if (!Set.of("articles", "mentions", "events").contains(table)) {
            throw new IllegalArgumentException("store: no table " + table);
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw StoreException.failure("store: cannot count " + table + " in " + file + " (" + e.getMessage() + ")", e);
        }
    }

    /** Every stored mention in the order it was placed into an event (for measuring the merge rule). */
    public List<Mention> mentions() {
        try {
            return MentionTable.all(connection);
        } catch (SQLException e) {
            throw StoreException.failure("store: reading mentions from " + file + " failed (" + e.getMessage() + ")", e);
        }
    }

    /** The status of each stored article and input, by id. */
    public Map<String, String> articleStatuses() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SELECT id, status FROM articles ORDER BY id")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        } catch (SQLException e) {
            throw StoreException.failure("store: reading articles from " + file + " failed (" + e.getMessage() + ")", e);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.failure("store: closing " + file + " failed (" + e.getMessage()
                    + "); the last batch may not be saved, run the same ingest again", e);
        }
    }

    static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
