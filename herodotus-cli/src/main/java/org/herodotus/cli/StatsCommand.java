package org.herodotus.cli;

import org.herodotus.store.Stats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code herodotus stats}: counts of a database. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Prints articles by status, and events (with their mentions) by day, by dyad and by QuadClass.")
public final class StatsCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "a database made by herodotus ingest")
    Path db;

    @Option(names = "--top", paramLabel = "N", description = "dyads shown (default: ${DEFAULT-VALUE})")
    int top = 20;

    @Override
    public Integer call() {
        return StoreCommands.withStore(db, true, store -> {
            Stats s = Stats.of(store, top);
            PrintWriter out = StoreCommands.stdout();
            long articles = s.articles().values().stream().mapToLong(Long::longValue).sum();
            out.printf(Locale.ROOT, "articles: %d   mentions: %d   events: %d%n", articles, s.mentions(), s.events());
            out.println();
            out.println("articles by status");
            for (Map.Entry<String, Long> e : s.articles().entrySet()) {
                out.printf(Locale.ROOT, "  %-16s %8d%n", e.getKey(), e.getValue());
            }
            section(out, "events by QuadClass", s.byQuad());
            section(out, "events by dyad (top " + top + ")", s.byDyad());
            section(out, "events by day", s.byDay());
            out.flush();
            return 0;
        });
    }

    private static void section(PrintWriter out, String title, List<Stats.Count> counts) {
        out.println();
        out.printf(Locale.ROOT, "%-32s %8s %8s%n", title, "events", "mentions");
        for (Stats.Count c : counts) {
            out.printf(Locale.ROOT, "  %-30s %8d %8d%n", c.key(), c.events(), c.mentions());
        }
    }
}
