package org.herodotus.cli;

import org.herodotus.model.Article;
import org.herodotus.output.EventWriter;
import org.herodotus.output.OutputFormat;
import org.herodotus.pipeline.CodedArticle;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** {@code herodotus demo}: codes the bundled example article. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Codes the bundled example article (Al Jazeera, Tripoli, 17 August 2020; "
                + "published 2020-08-18) and prints its events."})
public final class DemoCommand implements Callable<Integer> {

    static final String EXAMPLE = "examples/tripoli-2020-08-17.txt";
    static final LocalDate PUBLISHED = LocalDate.of(2020, 8, 18);

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), jsonl or tsv")
    String format = "table";

    @Override
    public Integer call() throws IOException {
        Article article = Article.of("tripoli-2020-08-17", example(), PUBLISHED);
        Pipeline pipeline = Models.pipeline();
        CodedArticle coded = pipeline.code(article);
        if (!coded.ok()) {
            System.err.println("herodotus: " + coded.problem());
            return 1;
        }
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        new EventWriter(out, OutputFormat.parse(format)).write(coded);
        out.flush();
        return 0;
    }

    static String example() throws IOException {
        try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IOException("the example article is missing from the jar; rebuild with ./herodotus --rebuild");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
