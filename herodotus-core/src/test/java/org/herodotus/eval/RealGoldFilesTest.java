package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads each development gold file of {@code shared/eval/dev}, when present, and checks its counts. */
class RealGoldFilesTest {

    private static final Path DEV = Path.of("../../shared/eval/dev");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "petrarch, petrarch/PETR.UnitTest.records.xml, 284, 9, 359",
            "petrarch, petrarch/PETR2_GSR_validation.xml, 78, 0, 80",
            "plover, plover-gsr/PLOVER_GSR_dev.json, 166, 0, 189",
            "confli-class, confli/cameo_class_train.tsv, 1349, 0, 0",
            "confli-spans, confli/cameo_ner_train.txt, 1153, 0, 0"})
    void devGoldFileReadsWithItsRecordCounts(String format, String file, int records, int unscored, int events)
            throws IOException {
        Path path = DEV.resolve(file);
        assumeTrue(Files.isRegularFile(path), "gold file not present: " + path.toAbsolutePath());
        List<GoldArticle> gold = GoldFormat.fromName(format).reader().read(path);
        assertEquals(records, gold.size());
        assertEquals(unscored, gold.stream().filter(a -> !a.scored()).count());
        assertEquals(events, gold.stream().mapToInt(a -> a.events().size()).sum());
    }
}
