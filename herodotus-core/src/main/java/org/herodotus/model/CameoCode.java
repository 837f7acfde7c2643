package org.herodotus.model;

import java.util.List;

/**
 * A CAMEO event code with the facts that go with it.
 *
 * @param code          2 to 4 digits ({@code "042"})
 * @param goldstein     Goldstein scale value, -10..10
 * @param quadClass     1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
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
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("QuadClass must be 1..4: " + quadClass);
        }
        ploverContext = List.copyOf(ploverContext);
    }

    public String root() {
        return code.substring(0, 2);
    }
}
