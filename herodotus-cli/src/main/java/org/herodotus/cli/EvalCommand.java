package org.herodotus.cli;

import org.herodotus.eval.Counts;
import org.herodotus.eval.Evaluator;
import org.herodotus.eval.GeoArticle;
import org.herodotus.eval.GeoCorpusReader;
import org.herodotus.eval.GeoEvaluation;
import org.herodotus.eval.GeoEvaluationResult;
import org.herodotus.eval.GeoRecognition;
import org.herodotus.geo.Gazetteer;
import org.herodotus.geo.ToponymResolver;
import org.herodotus.model.Location;
import org.herodotus.output.EventJson;
import org.herodotus.eval.GoldArticle;
import org.herodotus.eval.GoldFormat;
import org.herodotus.eval.Prediction;
import org.herodotus.eval.Report;
import org.herodotus.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code herodotus eval}: codes gold records and scores the events against the gold. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Codes the texts of a gold file and scores the events (shared/eval/FORMAT.md).",
                "The last line is 'events: P=... R=... F1=...' (pentaclass: acc=... for confli-class)."})
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "FILE", description = "the gold file")
    Path gold;

    @Option(names = "--format", paramLabel = "FORMAT", description = "herodotus (default), petrarch, plover, "
            + "confli-class, confli-spans or geo (TR-News / GeoWebNews XML)")
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
        if (format.equals("geo")) {
            return geo();
        }
        GoldFormat fmt = GoldFormat.fromName(format);
        List<GoldArticle> articles = fmt.reader().read(gold);
        Pipeline pipeline = Models.pipeline(dictionaries);
        Progress progress = new Progress("coded", "gold records");
        Report r = new Evaluator(done -> progress.step()).evaluatePredictions(articles, a -> Prediction.code(pipeline, a));
        progress.done();
        if (report != null) {
            Files.writeString(report, r.toJson(), StandardCharsets.UTF_8);
            System.err.println("herodotus: eval: report written to " + report);
        }
        r.summaryLines().forEach(System.out::println);
        return 0;
    }

    /**
     * Geoparsing: recognition precision and recall of the whole pipeline's toponyms, then resolution
     * accuracy within 161 km given the gold spans (the last line).
     */
    private int geo() throws IOException {
        List<GeoArticle> articles = GeoCorpusReader.read(gold);
        Pipeline pipeline = Models.pipeline();
        Counts recognition = GeoRecognition.score(articles, a -> pipeline.places(pipeline.annotate(a)).stream()
                .map(Location::span).toList());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        GeoEvaluationResult resolution = new GeoEvaluation(gazetteer, ToponymResolver.standard(gazetteer))
                .evaluate(articles);
        String recognised = String.format(Locale.ROOT, "places: recognition P=%.3f R=%.3f F1=%.3f (end to end)",
                recognition.precision(), recognition.recall(), recognition.f1());
        if (report != null) {
            Files.writeString(report, EventJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                    java.util.Map.of("recognition", recognition, "resolution", resolution)), StandardCharsets.UTF_8);
        }
        System.out.println(recognised);
        System.out.println(resolution.summaryLine());
        return 0;
    }
}
