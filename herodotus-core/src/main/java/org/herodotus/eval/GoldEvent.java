package org.herodotus.eval;

import java.time.LocalDate;
import java.util.Locale;

/**
 * One gold event: a dyad and what happened between them.
 *
 * @param source   CAMEO-style actor code of the source ({@code LBYGOV}); never empty
 * @param target   actor code of the target, or empty when the event has none
 * @param cameo    CAMEO event code (2-4 digits), or empty when the gold gives only a PLOVER type
 * @param plover   PLOVER event type in capitals as the gold names it (2016 or 2021 names), or empty
 * @param optional whether a coder may omit the event: matched, it is neither a hit nor an extra; missed,
 *                 it is not a miss
 * @param date     when the event happened according to the gold, or null
 */
public record GoldEvent(String source, String target, String cameo, String plover, boolean optional,
                        LocalDate date) {

    public GoldEvent {
        source = source == null ? "" : source.strip();
        target = target == null ? "" : target.strip();
        cameo = cameo == null ? "" : cameo.strip();
        plover = plover == null ? "" : plover.strip().toUpperCase(Locale.ROOT);
        if (source.isEmpty()) {
            throw new IllegalArgumentException("a gold event needs a source actor code");
        }
        if (!cameo.isEmpty() && !cameo.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("a CAMEO code has 2 to 4 digits: " + cameo);
        }
        if (cameo.isEmpty() && plover.isEmpty()) {
            throw new IllegalArgumentException("a gold event needs a CAMEO code or a PLOVER type");
        }
    }

    /** A required CAMEO-coded event without a date. */
    public static GoldEvent cameo(String source, String target, String cameo) {
        return new GoldEvent(source, target, cameo, "", false, null);
    }

    /** A required PLOVER-typed event without a date. */
    public static GoldEvent plover(String source, String target, String ploverType) {
        return new GoldEvent(source, target, "", ploverType, false, null);
    }

    /** The first two digits of the CAMEO code, or empty. */
    public String cameoRoot() {
        return cameo.isEmpty() ? "" : cameo.substring(0, 2);
    }

    public boolean hasTarget() {
        return !target.isEmpty();
    }

    public GoldEvent asOptional() {
        return new GoldEvent(source, target, cameo, plover, true, date);
    }
}
