package org.herodotus.eval;

/**
 * Geocoding accuracy over gold toponyms.
 *
 * @param n        gold toponyms scored
 * @param resolved toponyms the resolver gave a place for
 * @param correct  toponyms resolved within {@link GeoEvaluation#CORRECT_KM} of the gold coordinates
 * @param acc161   {@code correct / n}
 * @param meanKm   mean error distance over the resolved toponyms, in km (0 when none is resolved)
 */
public record GeoEvaluationResult(int n, int resolved, int correct, double acc161, double meanKm) {

    public GeoEvaluationResult {
        if (n < 0 || resolved < 0 || resolved > n || correct < 0 || correct > resolved) {
            throw new IllegalArgumentException("inconsistent counts: n=" + n + " resolved=" + resolved + " correct="
                    + correct);
        }
    }

    /** The line {@code shared/eval/FORMAT.md} fixes for the geo format: {@code places: acc161=0.912 n=1234}. */
    public String summaryLine() {
        return String.format(java.util.Locale.ROOT, "places: acc161=%.3f n=%d", acc161, n);
    }
}
