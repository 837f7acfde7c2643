package org.herodotus.model;

import java.util.List;

/**
 * A CAMEO event code with the facts that go with it.
 * <p>
 * A PETRARCH dictionary may define codes of its own, outside the CAMEO table ({@code 176} hack,
 * {@code 901}). Such a code takes the facts of its nearest ancestor in the table ({@code 1213} those of
 * {@code 121}); one under no CAMEO root ({@code 901}) has none: its Goldstein value is NaN and its
 * QuadClass 0 ({@link #known()} is false), written as null.
 *
 * @param code          2 to 4 digits ({@code "042"})
 * @param goldstein     Goldstein scale value, -10..10, or NaN for a code with no known facts
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict;
 *                      0 for a code with no known facts
 * @param ploverType    PLOVER event type in capitals ({@code CONSULT})
 * @param ploverMode    PLOVER mode, or empty
 * @param ploverContext PLOVER contexts
 * @param description   CAMEO description
 */
public record CameoCode(String code, double goldstein, int quadClass, String ploverType, String ploverMode,
                        List<String> ploverContext, String description) {

    public CameoCode {
        if (!code.matches("\\d{2,4}")) {
            throw new IllegalArgumentException("a CAMEO code has 2 to 4 digits: " + code);
        }
        if (quadClass < 0 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1..4 (0 for a code with no known facts): "
                    + quadClass);
        }
        if ((quadClass == 0) != Double.isNaN(goldstein)) {
            throw new IllegalArgumentException("a code has both a Goldstein value and a QuadClass, or neither: "
                    + code);
        }
        ploverContext = List.copyOf(ploverContext);
    }

    /**
     * A code a dictionary defines outside the CAMEO table, under no CAMEO root: no Goldstein value, no
     * QuadClass, no PLOVER type.
     */
    public static CameoCode withoutFacts(String code, String description) {
        return new CameoCode(code, Double.NaN, 0, "", "", List.of(), description);
    }

    /** Whether the code has a Goldstein value and a QuadClass. */
    public boolean known() {
        return quadClass != 0;
    }

    public String root() {
        return code.substring(0, 2);
    }
}
