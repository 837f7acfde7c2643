package org.herodotus.eval;

import java.util.Set;

/**
 * The country of a CAMEO-style actor code, as scoring compares it.
 *
 * <p>The country is the code's first three letters when they are capitals and not one of the
 * {@link #NON_COUNTRY} prefixes; otherwise the code has none (the empty string). So {@code LBYGOV} is LBY,
 * {@code IGOUNO}, {@code NGO} and {@code REB} have none, PETRARCH's {@code ---REB} (country unknown) has
 * none, and so has a quoted noun-phrase code. Codes that are not ISO 3166 still count as countries: regions
 * ({@code MEA}, {@code AFR}), former states ({@code SUN}, {@code YUG}) and the fictional countries of the
 * PETRARCH unit tests ({@code ARN}, {@code GON}) must still keep two parties apart.
 */
final class ActorCodes {

    /**
     * International and non-state prefixes (IGO, NGO, NGM, IMG, MNC, UIS, INT) and the sector and religion
     * codes the Phoenix dictionaries use as whole codes when no country is known (the agents file's codes,
     * plus BAH and MOS of the international actors).
     */
    static final Set<String> NON_COUNTRY = Set.of(
            "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT",
            "AGR", "BUS", "COP", "CRM", "CVL", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI", "JUD", "LAB", "LEG",
            "MED", "MIL", "OPP", "PPL", "PTY", "RAD", "REB", "REF", "SPY", "UAF",
            "BAH", "BUD", "CHR", "HIN", "JEW", "MOS", "MUS", "REL");

    private ActorCodes() {
    }

    /** The country of {@code code}, or the empty string when it has none (also for null). */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return "";
        }
        String prefix = code.substring(0, 3);
        for (int i = 0; i < 3; i++) {
            char c = prefix.charAt(i);
            if (c < 'A' || c > 'Z') {
                return "";
            }
        }
        return NON_COUNTRY.contains(prefix) ? "" : prefix;
    }
}
