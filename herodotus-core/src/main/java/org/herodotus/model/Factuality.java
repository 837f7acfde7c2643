package org.herodotus.model;

import java.util.Locale;

/** Whether the text asserts that an event happened. */
public enum Factuality {
    ASSERTED, NEGATED, FUTURE, HYPOTHETICAL, CLAIMED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
