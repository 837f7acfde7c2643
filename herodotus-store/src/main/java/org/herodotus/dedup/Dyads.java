package org.herodotus.dedup;

import java.util.Set;

/**
 * How well two mentions' actors agree: -1 when they cannot be the same dyad, else 0..1.
 *
 * <p>Per side: the same code scores 1; two codes of which one extends the other with the same first
 * three letters ({@code IRQ}, {@code IRQGOV}) score 0.5; a missing target against a present one scores
 * 0.25 (the coder often misses the target in one report and finds it in another); anything else rules
 * the pair out. For symmetric events the reversed dyad counts too: "A visits B" (042) and "B hosts A"
 * (043) are one meeting.
 */
final class Dyads {

    /** CAMEO roots and codes whose two sides play interchangeable parts. */
    private static final Set<String> SYMMETRIC_ROOTS = Set.of("04");
    private static final Set<String> SYMMETRIC_CODES = Set.of("057");

    private Dyads() {
    }

    static double agreement(Mention a, Mention b) {
        double straight = pair(a.sourceCode(), b.sourceCode(), a.targetCode(), b.targetCode());
        if (symmetric(a.cameo()) && symmetric(b.cameo()) && a.targetCode() != null && b.targetCode() != null) {
            double reversed = pair(a.sourceCode(), b.targetCode(), a.targetCode(), b.sourceCode());
            return Math.max(straight, reversed);
        }
        return straight;
    }

    private static double pair(String source1, String source2, String target1, String target2) {
        double s = side(source1, source2);
        double t = side(target1, target2);
        return s < 0 || t < 0 ? -1 : (s + t) / 2;
    }

    /** Agreement of two codes of one side; either may be null (no target). */
    static double side(String x, String y) {
        if (x == null && y == null) {
            return 1;
        }
        if (x == null || y == null) {
            return 0.25;
        }
        if (x.equals(y)) {
            return 1;
        }
        return compatible(x, y) ? 0.5 : -1;
    }

    /** One code extends the other and both share their first three letters (country or group). */
    static boolean compatible(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 3 && longer.startsWith(shorter);
    }

    private static boolean symmetric(String cameo) {
        return SYMMETRIC_ROOTS.contains(cameo.substring(0, 2))
                || cameo.length() >= 3 && SYMMETRIC_CODES.contains(cameo.substring(0, 3));
    }
}
