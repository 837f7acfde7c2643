package org.herodotus.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Exports every stored event: JSON Lines ({@code FORMAT.md} 2b), GDELT-style TSV, or Parquet (the
 * {@code events} table as DuckDB writes it, read back by DuckDB, Spark, pandas or Arrow).
 */
public final class Export {

    /** The export formats. */
    public enum Format {
        JSONL, TSV, PARQUET;

        public static Format parse(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown export format '" + s + "'; use jsonl, tsv or parquet");
            }
        }
    }

    private Export() {
    }

    /** Writes the events to {@code out}; returns how many. */
    public static long to(Store store, Format format, Path out) {
        return switch (format) {
            case PARQUET -> parquet(store, out);
            case JSONL -> text(store, StoredEventWriter.Format.JSONL, out);
            case TSV -> text(store, StoredEventWriter.Format.TSV, out);
        };
    }

    private static long text(Store store, StoredEventWriter.Format format, Path out) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PrintWriter pw = new PrintWriter(w)) {
            StoredEventWriter writer = new StoredEventWriter(pw, format);
            long n = EventQuery.forEach(store, EventFilter.ALL, writer::write);
            writer.finish();
            if (pw.checkError()) {
                throw new IOException("write error");
            }
            return n;
        } catch (IOException e) {
            throw cannotWrite(out, e);
        }
    }

    private static long parquet(Store store, Path out) {
        String path = out.toAbsolutePath().toString().replace("'", "''");
        try (Statement s = store.connection().createStatement()) {
            s.execute("COPY (SELECT * FROM events ORDER BY day NULLS LAST, first_seq) TO '" + path
                    + "' (FORMAT PARQUET, COMPRESSION ZSTD)");
            return store.count("events");
        } catch (SQLException e) {
            throw cannotWrite(out, e);
        }
    }

    private static StoreException cannotWrite(Path out, Exception e) {
        return StoreException.badInput("export: cannot write " + out + " (" + Store.firstLine(String.valueOf(
                e.getMessage())) + "); check that its directory exists and is writable", e);
    }
}
