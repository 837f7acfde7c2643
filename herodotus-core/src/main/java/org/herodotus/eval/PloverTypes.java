package org.herodotus.eval;

import java.util.Locale;
import java.util.Map;

/**
 * PLOVER event types on their 2021 names ({@code reference/plover/CAMEO2PLOVER-2021.txt}). The 2016 gold's
 * older names count as their successors: DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE
 * (INVESTIGATE as its mode), FIGHT is ASSAULT.
 */
final class PloverTypes {

    private static final Map<String, String> SUCCESSORS = Map.of(
            "DEMAND", "REQUEST",
            "DISAPPROVE", "ACCUSE",
            "INVESTIGATE", "ACCUSE",
            "FIGHT", "ASSAULT");

    private PloverTypes() {
    }

    /** The 2021 name of {@code type} in capitals; empty for null or blank. */
    static String current(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String t = type.strip().toUpperCase(Locale.ROOT);
        return SUCCESSORS.getOrDefault(t, t);
    }

    /** Whether two types name the same 2021 type (never for an empty one). */
    static boolean same(String a, String b) {
        String x = current(a);
        return !x.isEmpty() && x.equals(current(b));
    }
}
