package org.herodotus.cli;

import org.herodotus.store.EventFilter;
import org.herodotus.store.EventQuery;
import org.herodotus.store.StoredEventWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code herodotus query}: prints stored events that pass the filters. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Prints the merged events of a database that pass every filter given, in order of day.")
public final class QueryCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "a database made by herodotus ingest")
    Path db;

    @Option(names = "--actor", paramLabel = "CODE-PREFIX", description = "source or target code starts with it (TUR, TURGOV)")
    String actor;

    @Option(names = "--country", paramLabel = "ISO3", description = "country of the source, the target or the place")
    String country;

    @Option(names = "--sector", paramLabel = "CODE", description = "sector of the source or the target (GOV, MIL, REB)")
    String sector;

    @Option(names = "--root", paramLabel = "NN", description = "CAMEO root code (19: fight)")
    String root;

    @Option(names = "--quad", paramLabel = "1-4", description = "QuadClass: 1 verbal cooperation ... 4 material conflict")
    Integer quad;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first day")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last day")
    LocalDate to;

    @Option(names = "--place", paramLabel = "NAME", description = "place name contains it (case ignored)")
    String place;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, jsonl or csv (default: table on a terminal, jsonl otherwise)")
    String format;

    @Option(names = "--limit", paramLabel = "N", description = "at most N events (default: all)")
    int limit;

    @Override
    public Integer call() {
        return StoreCommands.withStore(db, true, store -> {
            StoredEventWriter.Format fmt = format != null ? StoredEventWriter.Format.parse(format)
                    : System.console() != null ? StoredEventWriter.Format.TABLE : StoredEventWriter.Format.JSONL;
            if (fmt == StoredEventWriter.Format.TSV) {
                throw new IllegalArgumentException("query: use table, jsonl or csv; for GDELT-style TSV use herodotus "
                        + "export --format tsv");
            }
            EventFilter filter = new EventFilter(actor, country, sector, root, quad, from, to, place, limit);
            PrintWriter out = StoreCommands.stdout();
            StoredEventWriter writer = new StoredEventWriter(out, fmt);
            EventQuery.forEach(store, filter, writer::write);
            writer.finish();
            return 0;
        });
    }
}
