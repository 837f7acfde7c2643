package org.herodotus.cli;

import org.herodotus.dedup.MergeRule;
import org.herodotus.model.Article;
import org.herodotus.pipeline.CodedArticle;
import org.herodotus.pipeline.Pipeline;
import org.herodotus.store.ArticleStatus;
import org.herodotus.store.BatchCoder;
import org.herodotus.store.Ingest;
import org.herodotus.store.IngestOptions;
import org.herodotus.store.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code herodotus ingest}: codes articles into a database, merging reports of one event. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Codes articles into an embedded DuckDB database and merges reports of one real-world event "
                + "into one event.",
                "INPUT is anything 'code' reads (.txt, .html, .jsonl, directories, - for standard input) or an "
                        + "RSS/Atom feed (.xml, .rss, .atom). Articles already stored are skipped, so the same "
                        + "command run again adds nothing, and after an interruption completes the ingest."})
public final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories, feeds or - (standard input)")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the database (created when missing)")
    Path db;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date of articles whose input gives none")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "articles coded at once (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N",
            description = "articles per transaction (default: ${DEFAULT-VALUE}); an interruption loses at most one batch")
    int batch = IngestOptions.DEFAULT_BATCH;

    @Option(names = "--window", paramLabel = "DAYS",
            description = "most days between two reports of one event (default: ${DEFAULT-VALUE})")
    int window = MergeRule.DEFAULT.windowDays();

    @Option(names = "--threshold", paramLabel = "T",
            description = "least evidence similarity for two reports to merge, 0..1 (default: ${DEFAULT-VALUE})")
    double threshold = MergeRule.DEFAULT.threshold();

    private Pipeline pipeline;
    private long loadNanos;

    @Override
    public Integer call() {
        IngestOptions options;
        try {
            options = new IngestOptions(date, batch, MergeRule.DEFAULT.withWindow(window).withThreshold(threshold));
        } catch (IllegalArgumentException e) {
            System.err.println("herodotus: " + e.getMessage());
            return HerodotusCommand.BAD_INPUT;
        }
        IngestProgressLine progress = new IngestProgressLine(() -> loadNanos);
        return StoreCommands.withStore(db, false, store -> {
            IngestReport r;
            try {
                r = new Ingest(store, coder(), options, progress).run(inputs);
            } finally {
                progress.endLine();
            }
            System.err.println("herodotus: ingest: " + summary(r) + " in " + db);
            return r.problems() > 0 ? HerodotusCommand.BAD_INPUT : 0;
        });
    }

    /** The pipeline's parallel coder; the models load only when there is something to code. */
    private BatchCoder coder() {
        return (List<Article> articles, Consumer<CodedArticle> sink) -> {
            if (pipeline == null) {
                long t0 = System.nanoTime();
                pipeline = Models.pipeline();
                loadNanos = System.nanoTime() - t0;
            }
            pipeline.codeAll(articles, threads, sink);
        };
    }

    static String summary(IngestReport r) {
        StringJoiner statuses = new StringJoiner(", ");
        for (ArticleStatus s : ArticleStatus.values()) {
            if (r.count(s) > 0) {
                statuses.add(r.count(s) + " " + s.label());
            }
        }
        return String.format(Locale.ROOT, "%d stored (%s), %d already stored; %d mentions, %d new events, %d events "
                        + "grown; %.1f s", r.stored(), statuses.length() == 0 ? "none" : statuses, r.alreadyStored(),
                r.mentions(), r.newEvents(), r.grownEvents(), r.elapsed().toMillis() / 1000.0);
    }
}
