package org.herodotus.store;

import org.herodotus.dedup.Clusterer;
import org.herodotus.dedup.Mention;
import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.ReadOptions;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.output.EventJson;
import org.herodotus.pipeline.CodedArticle;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Ingests inputs into a {@link Store}: reads them, sorts out what is already stored or duplicated
 * ({@link Triage}), codes the rest in parallel ({@link BatchCoder}), places each coded event into a
 * real-world event ({@link Clusterer}) and writes each batch in one transaction ({@link BatchWriter}).
 * Running it again on the same inputs stores nothing new; running it after a crash stores what the
 * crash lost, and the result is the same as one uninterrupted run.
 */
public final class Ingest {

    private final Store store;
    private final BatchCoder coder;
    private final IngestOptions options;
    private final IngestListener listener;
    private final Map<ArticleStatus, Long> byStatus = new EnumMap<>(ArticleStatus.class);
    private final List<Triage.Read> pending = new ArrayList<>();
    private long seen;
    private long already;
    private long problems;
    private long mentions;
    private long startedEvents;
    private long start;
    private OptionalLong total = OptionalLong.empty();

    public Ingest(Store store, BatchCoder coder, IngestOptions options, IngestListener listener) {
        this.store = Objects.requireNonNull(store, "store");
        this.coder = Objects.requireNonNull(coder, "coder");
        this.options = Objects.requireNonNull(options, "options");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Ingests the inputs in order; problems with single inputs are reported, not thrown. */
    public IngestReport run(List<String> inputs) {
        start = System.nanoTime();
        total = Inputs.estimate(inputs);
        long firstSeq;
        try {
            store.putMeta("merge_rule", options.rule().describe());
            firstSeq = BatchWriter.counters(store.connection())[0];
        } catch (SQLException e) {
            throw failed("recording the merge rule", e);
        }
        Inputs reader = new Inputs(new ArticleReader(ReadOptions.defaults().withDefaultDate(options.defaultDate())));
        for (String input : inputs) {
            reader.read(input, result -> {
                pending.add(new Triage.Read(input, result));
                if (pending.size() >= options.batchSize()) {
                    flush();
                }
            });
        }
        flush();
        return new IngestReport(byStatus, already, problems, mentions, startedEvents, grownSince(firstSeq), elapsed());
    }

    private void flush() {
        if (pending.isEmpty()) {
            return;
        }
        List<Triage.Read> batch = List.copyOf(pending);
        pending.clear();
        try {
            Triage.Sorted sorted = Triage.sort(store.connection(), batch);
            sorted.problems().forEach(this::problem);
            List<ArticleRow> rows = new ArrayList<>(sorted.recorded());
            List<CodedArticle> coded = code(sorted.toCode());
            long[] counters = BatchWriter.counters(store.connection());
            List<BatchWriter.Placed> placed = place(sorted.toCode(), coded, rows, counters[0]);
            Set<String> touched = new LinkedHashSet<>();
            placed.forEach(p -> touched.add(p.eventId()));
            BatchWriter.write(store.connection(), (int) counters[1], LocalDateTime.now(ZoneOffset.UTC), rows, placed,
                    touched);
            rows.forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
            mentions += placed.size();
            seen += batch.size();
            already += sorted.alreadyStored();
            listener.progress(new IngestProgress(seen, total, byStatus.values().stream().mapToLong(Long::longValue).sum(),
                    mentions, elapsed()));
        } catch (SQLException e) {
            throw failed("writing a batch", e);
        }
    }

    private List<CodedArticle> code(List<Triage.ToCode> toCode) {
        List<CodedArticle> out = new ArrayList<>();
        if (!toCode.isEmpty()) {
            coder.codeAll(toCode.stream().map(Triage.ToCode::article).toList(), out::add);
        }
        if (out.size() != toCode.size()) {
            throw new IllegalStateException("ingest: the coder returned " + out.size() + " results for "
                    + toCode.size() + " articles; please report it");
        }
        return out;
    }

    /** Turns coded articles into rows and their events into mentions placed into events. */
    private List<BatchWriter.Placed> place(List<Triage.ToCode> toCode, List<CodedArticle> coded, List<ArticleRow> rows,
                                           long firstSeq) throws SQLException {
        List<Mention> incoming = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < coded.size(); i++) {
            CodedArticle c = coded.get(i);
            Triage.ToCode t = toCode.get(i);
            int kept = 0;
            for (Event e : c.ok() ? c.events() : List.<Event>of()) {
                if (ids.add(e.id())) {
                    incoming.add(Mention.of(e, t.article()));
                    events.add(e);
                    articles.add(t.article());
                    kept++;
                }
            }
            rows.add(row(t, c, kept));
        }
        Clusterer clusterer = MentionTable.clustererFor(store.connection(), options.rule(), incoming);
        Set<String> known = new HashSet<>();
        clusterer.events().forEach(ev -> known.add(ev.id()));
        List<BatchWriter.Placed> placed = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            String eventId = clusterer.place(incoming.get(i));
            if (known.add(eventId)) {
                startedEvents++;
            }
            placed.add(new BatchWriter.Placed(events.get(i), articles.get(i), incoming.get(i), firstSeq + i, eventId,
                    EventJson.toJson(events.get(i), articles.get(i).text()).toString()));
        }
        return placed;
    }

    private ArticleRow row(Triage.ToCode t, CodedArticle c, int mentions) {
        ArticleStatus status;
        String reason = null;
        if (!c.ok()) {
            status = ArticleStatus.ERROR;
            reason = c.problem();
            problem(c.problem());
        } else if (mentions > 0) {
            status = ArticleStatus.CODED;
        } else if (c.actors().isEmpty()) {
            status = ArticleStatus.NO_ACTORS;
            reason = "no actor found: no country, organisation or person the knowledge base knows";
        } else {
            status = ArticleStatus.NO_EVENT;
            reason = c.actors().size() + " actor mentions, but no event pattern matched";
        }
        String coderVersion = c.events().isEmpty() ? null : c.events().get(0).coder();
        return new ArticleRow(t.article().id(), status, reason, null, t.textHash(), t.input(), t.article(),
                c.ok() ? c.sentences() : null, mentions, coderVersion);
    }

    /** Events that existed before mention {@code firstSeq} was placed and gained mentions since. */
    private long grownSince(long firstSeq) {
        try (PreparedStatement p = store.connection().prepareStatement("SELECT count(*) FROM events WHERE first_seq < ? "
                + "AND id IN (SELECT event_id FROM mentions WHERE seq >= ?)")) {
            p.setLong(1, firstSeq);
            p.setLong(2, firstSeq);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failed("counting the events that grew", e);
        }
    }

    private void problem(String message) {
        problems++;
        listener.problem(message);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private StoreException failed(String what, SQLException e) {
        return StoreException.failure("store: " + what + " in " + store.file() + " failed (" + Store.firstLine(
                String.valueOf(e.getMessage())) + "); what was committed before is kept, run the same ingest again", e);
    }
}
