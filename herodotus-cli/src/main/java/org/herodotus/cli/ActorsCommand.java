package org.herodotus.cli;

import org.herodotus.actors.UnknownActors;
import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.ReadOptions;
import org.herodotus.model.AnnotatedArticle;
import org.herodotus.model.Article;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code herodotus actors --unknown}: names that the knowledge base does not code, for curation. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"Lists frequent person and organisation names that no knowledge-base entry codes, with "
                + "counts, a suggested code (from the words around them) and example sentences."})
public final class ActorsCommand implements Callable<Integer> {

    @Option(names = "--unknown", required = true, description = "list the names the knowledge base lacks")
    boolean unknown;

    @Option(names = "--min", paramLabel = "N", description = "only names seen at least N times (default: ${DEFAULT-VALUE})")
    int min = 1;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for inputs without one")
    LocalDate date;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories or - (as for 'code')")
    List<String> inputs;

    @Override
    public Integer call() {
        ArticleCollector read = new ArticleCollector();
        ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDefaultDate(date));
        inputs.forEach(input -> reader.read(input, read));
        List<Article> articles = read.articles();
        UnknownActors unknownActors = new UnknownActors();
        if (!articles.isEmpty()) {
            Pipeline pipeline = Models.pipeline();
            Progress progress = new Progress("read", "articles");
            articles.parallelStream().forEach(a -> {
                AnnotatedArticle doc = pipeline.annotate(a);
                unknownActors.add(doc, pipeline.resolveActors(doc));
                progress.step();
            });
            progress.done();
        }
        System.out.printf(Locale.ROOT, "%6s  %-32s %-13s %-10s %s%n", "count", "name", "type", "suggest", "example");
        for (UnknownActors.Entry e : unknownActors.frequent(min)) {
            System.out.printf(Locale.ROOT, "%6d  %-32s %-13s %-10s %s%n", e.count(), e.name(), e.type(),
                    e.suggestion(), e.examples().get(0));
        }
        return read.problems() > 0 ? HerodotusCommand.BAD_INPUT : 0;
    }
}
