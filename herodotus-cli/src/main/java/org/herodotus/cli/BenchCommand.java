package org.herodotus.cli;

import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.Format;
import org.herodotus.ingest.ReadOptions;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * {@code herodotus bench}: throughput and peak heap of the full pipeline and, in the same run on the
 * same text, of CoreNLP alone, so the cost of our own stages is a ratio.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures sentences per second and peak heap: CoreNLP alone, then the full pipeline, "
                + "on the same articles in the same run. Peak heap includes garbage not yet collected; live heap "
                + "is what stays after a collection (models, gazetteer, knowledge base). Each is measured twice, "
                + "alternately, after a warm-up pass, and the faster trial is reported. 'Our stages alone' "
                + "codes text CoreNLP parsed beforehand: the cost of actors, coding, places and dates by itself.",
                "Without CORPUS, a bundled corpus of 40 news articles is used."})
public final class BenchCommand implements Callable<Integer> {

    static final String BUNDLED = "bench/corpus.jsonl";

    @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "articles to code (any input of 'code')")
    String corpus;

    @Option(names = "--rounds", description = "passes over the corpus per measurement (default: ${DEFAULT-VALUE})")
    int rounds = 2;

    @Option(names = "--threads", description = "threads (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException, InterruptedException {
        List<Article> articles = read();
        if (articles.isEmpty()) {
            System.err.println("herodotus: bench: no article to measure in " + (corpus == null ? BUNDLED : corpus));
            return HerodotusCommand.BAD_INPUT;
        }
        long t0 = System.nanoTime();
        Pipeline pipeline = Pipeline.builtIn();
        pipeline.code(articles.get(0));
        double load = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "herodotus: bench: %d articles, %d threads, %d rounds; models and data loaded "
                + "in %.1f s%n", articles.size(), threads, rounds, load);
        run(articles, a -> pipeline.code(a).sentences());
        java.util.Map<Article, org.herodotus.model.AnnotatedArticle> parsed = new java.util.concurrent.ConcurrentHashMap<>();
        articles.parallelStream().forEach(a -> parsed.put(a, pipeline.annotate(a)));
        Measure nlp = null;
        Measure full = null;
        Measure own = null;
        for (int trial = 0; trial < 2; trial++) {
            nlp = faster(nlp, run(articles, a -> pipeline.annotate(a).sentences().size()));
            full = faster(full, run(articles, a -> pipeline.code(a).sentences()));
            own = faster(own, run(articles, a -> pipeline.code(parsed.get(a)).sentences()));
        }
        System.out.printf(Locale.ROOT, "%-22s %10s %10s %14s %14s%n", "stage", "sent/s", "seconds", "peak heap MiB",
                "live heap MiB");
        System.out.printf(Locale.ROOT, "%-22s %10.1f %10.2f %14.0f %14.0f%n", "corenlp alone", nlp.rate(), nlp.seconds,
                nlp.peakMiB, nlp.liveMiB);
        System.out.printf(Locale.ROOT, "%-22s %10.1f %10.2f %14.0f %14.0f%n", "full pipeline", full.rate(), full.seconds,
                full.peakMiB, full.liveMiB);
        System.out.printf(Locale.ROOT, "%-22s %10.1f %10.2f %14.0f %14.0f%n", "our stages alone", own.rate(), own.seconds,
                own.peakMiB, own.liveMiB);
        System.out.printf(Locale.ROOT, "full/corenlp time ratio: %.3f (our stages add %.1f%%); our stages alone on parsed "
                        + "text / corenlp: %.3f; sentences per pass: %d%n", full.seconds / nlp.seconds,
                100 * (full.seconds / nlp.seconds - 1), own.seconds / nlp.seconds, nlp.sentences / rounds);
        return 0;
    }

    /** Of two trials, the faster: the machine is shared, and noise only ever slows a run down. */
    private static Measure faster(Measure a, Measure b) {
        return a == null || b.seconds < a.seconds ? b : a;
    }

    private record Measure(int sentences, double seconds, double peakMiB, double liveMiB) {
        double rate() {
            return sentences / seconds;
        }
    }

    private Measure run(List<Article> articles, ToIntFunction<Article> work) throws InterruptedException {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicInteger sentences = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                for (Article a : articles) {
                    futures.add(pool.submit(() -> sentences.addAndGet(work.applyAsInt(a))));
                }
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("bench: an article failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
        System.gc();
        double live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        return new Measure(sentences.get(), seconds, peak, live);
    }

    private List<Article> read() throws IOException {
        ArticleCollector sink = new ArticleCollector();
        ArticleReader reader = new ArticleReader(ReadOptions.defaults());
        if (corpus != null) {
            reader.read(corpus, sink);
        } else {
            try (InputStream in = BenchCommand.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IOException("the bundled bench corpus is missing; rebuild the jar");
                }
                reader.read(BUNDLED, in, Format.JSONL, sink);
            }
        }
        return sink.articles();
    }
}
