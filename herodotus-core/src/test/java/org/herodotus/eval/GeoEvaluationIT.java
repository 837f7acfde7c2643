package org.herodotus.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.herodotus.geo.Gazetteer;
import org.herodotus.geo.ToponymResolver;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Geocoding accuracy of the standard resolver on the development geoparsing corpora, given their gold spans;
 * fails when it drops below the floor, so a change to the gazetteer or the scoring cannot lose accuracy
 * unnoticed. Prints the figures ({@code places: acc161=... n=...}).
 */
class GeoEvaluationIT {

    private static final Path DEV = Path.of("../../shared/eval/dev/geo");

    @ParameterizedTest(name = "{0}")
    @CsvSource({"TR-News.xml, 0.85", "GWN.xml, 0.74"})
    void accuracyWithin161KmStaysAboveTheFloor(String file, double floor) throws IOException {
        Path path = DEV.resolve(file);
        assumeTrue(Files.isRegularFile(path), "corpus not present: " + path.toAbsolutePath());
        Gazetteer gazetteer = Gazetteer.loadDefault();
        GeoEvaluationResult result = new GeoEvaluation(gazetteer, ToponymResolver.standard(gazetteer))
                .evaluate(GeoCorpusReader.read(path));
        System.out.printf("%s: %s resolved=%d correct=%d meanKm=%.0f%n", file, result.summaryLine(), result.resolved(),
                result.correct(), result.meanKm());
        assertTrue(result.acc161() >= floor, file + ": " + result.summaryLine() + " is below " + floor);
    }
}
