package org.herodotus.pipeline;

import org.herodotus.actors.ActorResolver;
import org.herodotus.actors.KbLoader;
import org.herodotus.actors.ResolvedActors;
import org.herodotus.annotate.Annotator;
import org.herodotus.annotate.CoreNlpAnnotator;
import org.herodotus.coding.EventCandidate;
import org.herodotus.coding.EventCoder;
import org.herodotus.coding.Lexicon;
import org.herodotus.dates.DateResolver;
import org.herodotus.geo.EventLocator;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Article;
import org.herodotus.model.Event;
import org.herodotus.model.Sentence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The whole path from an article to its events: annotate, actors, coding, places, dates, assembly.
 * Each stage is an interface given to the constructor; a stage missing is an error when the pipeline
 * is built, not half-way through a batch. Thread-safe: one pipeline codes many articles at once.
 */
public final class Pipeline {

    public static final String VERSION = "herodotus-0.1.0";

    private final Annotator annotator;
    private final ActorResolver actors;
    private final EventCoder coder;
    private final EventLocator places;
    private final DateResolver dates;
    private final EventAssembler assembler;
    private final String coderVersion;
    private final Discards discards;

    public Pipeline(Annotator annotator, ActorResolver actors, EventCoder coder, EventLocator places,
                    DateResolver dates, String coderVersion) {
        this(annotator, actors, coder, places, dates, coderVersion, Discards.none());
    }

    Pipeline(Annotator annotator, ActorResolver actors, EventCoder coder, EventLocator places,
             DateResolver dates, String coderVersion, Discards discards) {
        this.annotator = Objects.requireNonNull(annotator, "pipeline: the annotate stage is missing");
        this.actors = Objects.requireNonNull(actors, "pipeline: the actors stage is missing");
        this.coder = Objects.requireNonNull(coder, "pipeline: the coding stage is missing");
        this.places = Objects.requireNonNull(places, "pipeline: the geo stage is missing");
        this.dates = Objects.requireNonNull(dates, "pipeline: the dates stage is missing");
        this.coderVersion = Objects.requireNonNull(coderVersion, "pipeline: the coder version is missing");
        this.assembler = new EventAssembler(coderVersion);
        this.discards = discards;
    }

    /** The built-in pipeline: CoreNLP, the built-in knowledge base and lexicon, the gazetteer. */
    public static Pipeline builtIn() {
        return builtIn(CoreNlpAnnotator.shared());
    }

    /** The built-in stages after a given annotator (tests pass hand-built documents this way). */
    public static Pipeline builtIn(Annotator annotator) {
        return new Pipeline(annotator, ActorResolver.over(KbLoader.builtIn(), Places.countries()), EventCoder.builtIn(),
                Places.builtIn(), DateResolver.builtIn(), builtInVersion());
    }

    /** Coder, lexicon and knowledge-base versions, as written into every event. */
    public static String builtInVersion() {
        return version(Lexicon.builtIn(), KbLoader.builtIn());
    }

    /** The {@code coder} field of events coded with this lexicon and knowledge base. */
    static String version(Lexicon lexicon, org.herodotus.actors.KnowledgeBase kb) {
        return VERSION + "/" + EventCoder.NAME + "/" + lexicon.version() + "/" + kb.version();
    }

    public String coderVersion() {
        return coderVersion;
    }

    /** The annotate stage alone (for benchmarks and tools that need the parse). */
    public AnnotatedArticle annotate(Article article) {
        return annotator.annotate(article);
    }

    /** The actors stage alone, on an annotated article. */
    public ResolvedActors resolveActors(AnnotatedArticle doc) {
        return actors.resolve(doc);
    }

    /** The places stage alone: the toponyms of an annotated article, resolved. */
    public List<org.herodotus.model.Location> places(AnnotatedArticle doc) {
        return places.locate(doc).toponyms();
    }

    /** Codes one article. Never throws for what the article contains: a failure is in the result. */
    public CodedArticle code(Article article) {
        if (article.text().isBlank()) {
            return CodedArticle.failed(article, "article " + article.id() + " has no text; nothing to code");
        }
        AnnotatedArticle doc;
        try {
            doc = annotator.annotate(article);
        } catch (RuntimeException e) {
            return CodedArticle.failed(article, "annotate: article " + article.id() + " could not be parsed ("
                    + e + "); check that it is plain English text");
        }
        return code(doc);
    }

    /** Codes an article already annotated. */
    public CodedArticle code(AnnotatedArticle doc) {
        Article article = doc.article();
        try {
            ResolvedActors found = actors.resolve(doc);
            List<EventCandidate> candidates = coder.code(doc, found);
            EventLocator.ArticlePlaces where = places.locate(doc);
            String textHash = org.herodotus.internal.Hashes.sha256(article.text()).substring(0, 16);
            List<Event> events = new ArrayList<>();
            for (EventCandidate c : candidates) {
                Sentence s = doc.sentence(c.sentence());
                events.add(assembler.assemble(article, textHash, s, c, where.forEvent(c.sentence(), c.anchor()),
                        dates.resolve(doc, c.sentence(), c.anchor())));
            }
            events.sort(Comparator.comparingInt(Event::sentence).thenComparing(e -> e.evidence().trigger()));
            return new CodedArticle(article, doc.sentences().size(), found.mentions(), discards.filter(doc, events),
                    null, coder.triggers(doc), where.toponyms());
        } catch (RuntimeException e) {
            return CodedArticle.failed(article, "coding: article " + article.id() + " failed (" + e
                    + "); please report it with the article");
        }
    }

    /**
     * Codes articles in parallel on {@code threads} threads; results come back in input order, each
     * passed to {@code sink} as soon as it and all before it are done.
     */
    public void codeAll(List<Article> articles, int threads, Consumer<CodedArticle> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "herodotus-coder");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<CodedArticle>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> code(a)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    sink.accept(futures.get(i).get());
                } catch (ExecutionException e) {
                    sink.accept(CodedArticle.failed(articles.get(i), "pipeline: " + e.getCause()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }
}
