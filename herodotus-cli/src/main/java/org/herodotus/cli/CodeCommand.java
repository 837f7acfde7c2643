package org.herodotus.cli;

import org.herodotus.ingest.ArticleReader;
import org.herodotus.ingest.ReadOptions;
import org.herodotus.ingest.ReadResult;
import org.herodotus.model.Article;
import org.herodotus.output.EventWriter;
import org.herodotus.output.OutputFormat;
import org.herodotus.pipeline.CodedArticle;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herodotus code}: codes articles into events. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = {"Codes articles into events.",
                "INPUT is a .txt or .html file (one article), a .jsonl file (one article a line: "
                        + "{\"id\",\"date\",\"text\",...}), a directory of those, or - for standard input."})
public final class CodeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "files, directories or - (standard input)")
    List<String> inputs;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date of articles whose input gives none; relative dates resolve against it")
    LocalDate date;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "jsonl, tsv or table (default: table on a terminal, jsonl otherwise)")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write events to FILE instead of standard output")
    Path out;

    @picocli.CommandLine.ArgGroup(exclusive = false)
    DictionaryOptions dictionaries;

    @Option(names = "--threads", paramLabel = "N", description = "articles coded at once (default: number of cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        OutputFormat fmt = format != null ? OutputFormat.parse(format)
                : System.console() != null && out == null ? OutputFormat.TABLE : OutputFormat.JSONL;
        return run(inputs, date, fmt, out, threads, dictionaries);
    }

    static int run(List<String> inputs, LocalDate date, OutputFormat fmt, Path out, int threads,
                   DictionaryOptions dictionaries) throws IOException {
        PrintWriter sink = out == null
                ? new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8));
        Batch batch = new Batch(new EventWriter(sink, fmt), threads, dictionaries);
        try (sink) {
            ArticleReader reader = new ArticleReader(ReadOptions.defaults().withDefaultDate(date));
            for (String input : inputs) {
                reader.read(input, result -> {
                    if (result instanceof ReadResult.Ok ok) {
                        batch.add(ok.article());
                    } else if (result instanceof ReadResult.Failed failed) {
                        batch.problem(failed.problem().message());
                    }
                });
            }
            batch.flush();
        }
        batch.progress.done();
        return batch.problems > 0 ? HerodotusCommand.BAD_INPUT : 0;
    }

    /** Articles gathered and coded in parallel, a batch at a time, so a large JSONL streams. */
    private static final class Batch {
        private static final int SIZE = 64;
        final EventWriter writer;
        final int threads;
        final DictionaryOptions dictionaries;
        final List<Article> pending = new ArrayList<>();
        Progress progress = new Progress("coded", "articles");
        Pipeline pipeline;
        int problems;

        Batch(EventWriter writer, int threads, DictionaryOptions dictionaries) {
            this.writer = writer;
            this.threads = threads;
            this.dictionaries = dictionaries;
        }

        void add(Article a) {
            pending.add(a);
            if (pending.size() >= SIZE) {
                flush();
            }
        }

        void problem(String message) {
            problems++;
            System.err.println("herodotus: " + message);
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (pipeline == null) {
                pipeline = Models.pipeline(dictionaries);
                progress = new Progress("coded", "articles");
            }
            pipeline.codeAll(List.copyOf(pending), threads, this::written);
            pending.clear();
        }

        private void written(CodedArticle c) {
            if (!c.ok()) {
                problem(c.problem());
            }
            writer.write(c);
            progress.step();
        }
    }
}
