package org.herodotus.cli;

import org.herodotus.eval.Evaluator;
import org.herodotus.eval.GoldArticle;
import org.herodotus.eval.GoldFormat;
import org.herodotus.eval.Report;
import org.herodotus.pipeline.CodedArticle;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code herodotus eval}: codes gold records and scores the events against the gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Codes the texts of a gold file and scores the events (shared/eval/FORMAT.md).",
                "The last line is 'events: P=... R=... F1=...' (pentaclass: acc=... for confli-class)."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the gold file")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", description = "herodotus (default), petrarch, plover, "
            + "confli-class or confli-spans")
    String format = "herodotus";

    @picocli.CommandLine.ArgGroup(exclusive = false)
    DictionaryOptions dictionaries;

    @Option(names = "--report", paramLabel = "FILE", description = "write the full report as JSON")
    Path report;

    @Override
    public Integer call() throws IOException {
        if (!Files.isReadable(gold)) {
            System.err.println("herodotus: eval: cannot read gold file " + gold + "; check the path");
            return HerodotusCommand.BAD_INPUT;
        }
        GoldFormat fmt = GoldFormat.fromName(format);
        List<GoldArticle> articles = fmt.reader().read(gold);
        Pipeline pipeline = Models.pipeline(dictionaries);
        Progress progress = new Progress("coded", "gold records");
        Report r = new Evaluator(done -> progress.step()).evaluate(articles, a -> {
            CodedArticle coded = pipeline.code(a);
            if (!coded.ok()) {
                throw new IllegalStateException(coded.problem());
            }
            return coded.events();
        });
        progress.done();
        if (report != null) {
            Files.writeString(report, r.toJson(), StandardCharsets.UTF_8);
            System.err.println("herodotus: eval: report written to " + report);
        }
        r.summaryLines().forEach(System.out::println);
        return 0;
    }
}
