package org.herodotus.eval;

import org.herodotus.annotate.CoreNlpAnnotator;
import org.herodotus.pipeline.Dictionaries;
import org.herodotus.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The regression gate of issue 4: the development gold sets are coded and scored, and the run fails
 * when a figure drops below its floor. A floor is the target ({@link Floors}); raise them as the
 * coder improves, never lower them to pass.
 * It checks accuracy, not time.
 */
class DevSetsRegressionIT {

    private static final Path DEV = Path.of("../../shared/eval/dev");
    private static final Path PHOENIX = Path.of("../../shared/reference/phoenix-dictionaries");

    private static Report run(GoldFormat format, Path gold, Pipeline pipeline) throws java.io.IOException {
        assumeTrue(Files.exists(gold), "no gold at " + gold.toAbsolutePath());
        List<GoldArticle> articles = format.reader().read(gold);
        Report r = new Evaluator().evaluatePredictions(articles, a -> Prediction.code(pipeline, a));
        System.err.println("dev set " + gold.getFileName() + ":");
        r.summaryLines().forEach(l -> System.err.println("  " + l));
        return r;
    }

    private static void atLeast(String what, double value, double floor) {
        System.err.printf(Locale.ROOT, "  %s = %.3f (floor %.3f)%n", what, value, floor);
        assertTrue(value >= floor, String.format(Locale.ROOT, "%s fell to %.3f, below its floor %.3f", what, value,
                floor));
    }

    private static Counts level(Report r, Level level) {
        return r.level(level).counts();
    }

    @Test
    void petrarchUnitRecordsWithTheirTestDictionaries() throws java.io.IOException {
        Pipeline p = Dictionaries.load(DEV.resolve("petrarch/dictionaries"), true).pipeline(CoreNlpAnnotator.shared());
        Report r = run(GoldFormat.PETRARCH, DEV.resolve("petrarch/PETR.UnitTest.records.xml"), p);
        atLeast("PETRARCH unit records, root recall", level(r, Level.ROOT).recall(), Floors.PETR_UNIT_RECALL);
        atLeast("PETRARCH unit records, root precision", level(r, Level.ROOT).precision(), Floors.PETR_UNIT_PRECISION);
    }

    @Test
    void petrarch2ValidationRecordsWithPhoenixDictionaries() throws java.io.IOException {
        assumeTrue(Files.isDirectory(PHOENIX), "no Phoenix dictionaries at " + PHOENIX.toAbsolutePath());
        Pipeline p = Dictionaries.load(PHOENIX, false).pipeline(CoreNlpAnnotator.shared());
        Report r = run(GoldFormat.PETRARCH, DEV.resolve("petrarch/PETR2_GSR_validation.xml"), p);
        atLeast("PETRARCH-2 validation, root recall", level(r, Level.ROOT).recall(), Floors.PETR2_RECALL);
        atLeast("PETRARCH-2 validation, root precision", level(r, Level.ROOT).precision(), Floors.PETR2_PRECISION);
    }

    @Test
    void ploverDevRecords() throws java.io.IOException {
        Report r = run(GoldFormat.PLOVER, DEV.resolve("plover-gsr/PLOVER_GSR_dev.json"), Pipeline.builtIn());
        atLeast("PLOVER dev, PLOVER-level F1", level(r, Level.PLOVER).f1(), Floors.PLOVER_F1);
    }

    @Test
    void confliBertPentaClass() throws java.io.IOException {
        Report r = run(GoldFormat.CONFLI_CLASS, DEV.resolve("confli/cameo_class_train.tsv"), Pipeline.builtIn());
        atLeast("ConfliBERT PentaClass accuracy", r.pentaClass().accuracy(), Floors.PENTACLASS_ACCURACY);
    }

    /**
     * The floors: the targets of issue 4, which every figure reaches (2026-11-29, third session: PETRARCH
     * unit R 0.714 P 0.828 against 0.70/0.80; PETRARCH-2 R 0.713 P 0.760 against 0.70/0.75; PLOVER F1 0.613
     * against 0.60), except PentaClass, whose floor sits under its figure (0.778) well above its target of
     * 0.65. The second session's figures were R 0.458 P 0.668, R 0.475 P 0.576, F1 0.601, 0.775; the
     * first's R 0.397 P 0.596, R 0.363 P 0.460, F1 0.363, 0.660.
     */
    static final class Floors {
        static final double PETR_UNIT_RECALL = 0.70;
        static final double PETR_UNIT_PRECISION = 0.80;
        static final double PETR2_RECALL = 0.70;
        static final double PETR2_PRECISION = 0.75;
        static final double PLOVER_F1 = 0.60;
        static final double PENTACLASS_ACCURACY = 0.75;

        private Floors() {
        }
    }
}
