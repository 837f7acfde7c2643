package org.herodotus.coding;

import org.herodotus.model.CameoCode;
import org.herodotus.model.Factuality;

import java.util.Map;
import java.util.Set;

/**
 * CAMEO codes what an actor says it will do as an intent or a threat, not as the act: "X will visit
 * Y" is an expressed intent to meet (036), "X will attack Y" a threat of force (138). The statement
 * of intent is asserted now, so the event's factuality becomes {@code asserted}, its modality keeps
 * {@code future}; a future act on a condition ("will withdraw unless ...", "will attack if ...") is a
 * threat (13x); saying
 * one will not cooperate ("will not accept") is a refusal (120). A cooperative act on an "if"
 * ("would meet him if he gave them a veto") is an offer, coded as the intent. Also knows which
 * acts are mutual ("A and B agreed", "A and B met").
 */
final class Intent {

    /** Code (or its prefix) of a future act -> the intent or threat code; longest prefix wins. */
    private static final Map<String, String> FUTURE = Map.ofEntries(
            Map.entry("04", "036"), Map.entry("045", "039"), Map.entry("046", "036"),
            Map.entry("05", "032"), Map.entry("057", "030"),
            Map.entry("06", "031"), Map.entry("061", "0311"), Map.entry("062", "0312"), Map.entry("063", "0313"),
            Map.entry("064", "0314"),
            Map.entry("07", "033"), Map.entry("071", "0331"), Map.entry("072", "0332"), Map.entry("073", "0333"),
            Map.entry("074", "0334"),
            Map.entry("08", "035"), Map.entry("081", "0351"), Map.entry("084", "0353"), Map.entry("085", "0354"),
            Map.entry("086", "0355"), Map.entry("087", "0356"),
            Map.entry("16", "131"), Map.entry("161", "1313"), Map.entry("162", "1311"), Map.entry("163", "1312"),
            Map.entry("164", "134"), Map.entry("165", "135"), Map.entry("166", "136"),
            Map.entry("172", "132"), Map.entry("175", "137"),
            Map.entry("18", "1383"), Map.entry("19", "138"), Map.entry("191", "1381"), Map.entry("192", "1382"),
            Map.entry("20", "1385"));
    /** Roots and codes of acts that two parties do together. */
    private static final Set<String> RECIPROCAL = Set.of("03", "04", "046", "057", "06", "0871");

    private final CameoTable table;

    Intent(CameoTable table) {
        this.table = table;
    }

    /** Saying one will not cooperate ("will not accept") is a refusal (120); else the event as it is. */
    EventCandidate refusal(EventCandidate c) {
        if (c.factuality() == Factuality.NEGATED && c.modality().contains("future") && cooperative(c.code())) {
            return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), table.require("120", "the refusal rule"),
                    c.source(), c.target(), Factuality.ASSERTED, java.util.List.of("future", "negated"), c.claimant(),
                    c.rule() + " (will not: refusal)", c.strength());
        }
        return c;
    }

    EventCandidate apply(EventCandidate c) {
        EventCandidate refused = refusal(c);
        if (refused != c) {
            return refused;
        }
        if (c.factuality() != Factuality.FUTURE) {
            return c;
        }
        String code = c.code().code();
        boolean offer = c.modality().contains("conditional") && cooperative(c.code());
        if ((c.modality().contains("conditional") || c.modality().contains("unless")) && !offer
                && !code.startsWith("13")) {
            String to = Integer.parseInt(c.code().root()) >= 15 ? threatOf(code) : "130";
            return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), table.require(to, "the threat rule"),
                    c.source(), c.target(), Factuality.ASSERTED, c.modality(), c.claimant(),
                    c.rule() + " (future on a condition: threat)", c.strength());
        }
        if (c.code().root().equals("03") || c.code().root().equals("13")) {   // "would retaliate": already a threat
            return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), c.code(), c.source(), c.target(),
                    Factuality.ASSERTED, c.modality().isEmpty() ? java.util.List.of("future") : c.modality(),
                    c.claimant(), c.rule() + " (future: intent)", c.strength());
        }
        for (int n = code.length(); n >= 2; n--) {
            String to = FUTURE.get(code.substring(0, n));
            if (to != null) {
                CameoCode intent = table.require(to, "the built-in intent rule");
                return new EventCandidate(c.sentence(), c.anchor(), c.trigger(), intent, c.source(), c.target(),
                        Factuality.ASSERTED, c.modality().isEmpty() ? java.util.List.of("future") : c.modality(),
                        c.claimant(), c.rule() + " (future: intent)", c.strength());
            }
        }
        return c;
    }

    /** The threat code of a future act of force or coercion, else the general threat. */
    private static String threatOf(String code) {
        for (int n = code.length(); n >= 2; n--) {
            String to = FUTURE.get(code.substring(0, n));
            if (to != null && to.startsWith("13")) {
                return to;
            }
        }
        return "130";
    }

    /** Cooperation roots (03 to 08): saying one will not do them is a refusal (120). */
    private static boolean cooperative(CameoCode code) {
        int root = Integer.parseInt(code.root());
        return root >= 3 && root <= 8;
    }

    static boolean reciprocal(CameoCode code) {
        String c = code.code();
        return RECIPROCAL.contains(code.root()) && !c.equals("042") && !c.equals("043")
                || RECIPROCAL.stream().anyMatch(r -> r.length() > 2 && c.startsWith(r));
    }
}
